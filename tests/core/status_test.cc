// Status and Result: values, not exceptions.
#include "newsline/status.h"

#include <gtest/gtest.h>

namespace newsline {
namespace {

TEST(StatusTest, OkAndErrors) {
  EXPECT_TRUE(Status::OK().ok());
  EXPECT_EQ(Status::OK().ToString(), "OK");
  Status s = Status::InvalidArgument("a.json:3: expected an object");
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_EQ(s.ToString(), "invalid argument: a.json:3: expected an object");
  EXPECT_TRUE(Status::Locked("index is locked by another process").IsLocked());
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<int> good = 42;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 42);
  Result<int> bad = Status::NotFound("no such article");
  EXPECT_FALSE(bad.ok());
  EXPECT_TRUE(bad.status().IsNotFound());
  Result<int> misuse = Status::OK();
  EXPECT_FALSE(misuse.ok());
  EXPECT_EQ(misuse.status().code(), Status::Code::kInternal);
}

}  // namespace
}  // namespace newsline
