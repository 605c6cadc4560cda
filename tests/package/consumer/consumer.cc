// Links the installed library and uses a little of its public API.
#include <newsline/newsline.h>

#include <iostream>

int main() {
  auto day = newsline::Day::Parse("2026-02-27");
  if (!day) return 1;
  newsline::Status s = newsline::Status::NotFound("nothing");
  std::cout << "newsline " << newsline::Version() << " " << day->ToString() << " " << s.ToString() << "\n";
  return s.IsNotFound() ? 0 : 1;
}
