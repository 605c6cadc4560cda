// Status and Result: values, not exceptions.
#include "newsline/status.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

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
  // Every code has its test, and only its own.
  const std::vector<std::pair<Status, bool (Status::*)() const>> each = {
      {Status::InvalidArgument("x"), &Status::IsInvalidArgument}, {Status::NotFound("x"), &Status::IsNotFound},
      {Status::IOError("x"), &Status::IsIOError},                 {Status::Corruption("x"), &Status::IsCorruption},
      {Status::Locked("x"), &Status::IsLocked},                   {Status::Unsupported("x"), &Status::IsUnsupported},
      {Status::Internal("x"), &Status::IsInternal}};
  for (size_t i = 0; i < each.size(); ++i) {
    for (size_t j = 0; j < each.size(); ++j) EXPECT_EQ((each[i].first.*each[j].second)(), i == j) << i << " " << j;
  }
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
