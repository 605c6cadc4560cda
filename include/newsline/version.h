// The library's version, for programs that link newsline.
#ifndef NEWSLINE_VERSION_H_
#define NEWSLINE_VERSION_H_

namespace newsline {

// "MAJOR.MINOR.PATCH" of the linked library.
const char* Version();

}  // namespace newsline

#endif  // NEWSLINE_VERSION_H_
