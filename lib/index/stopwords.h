// The English stopword list (Debian's Xapian ships none), shared by indexing and query parsing.
//
// Thread-safety: the returned stopper is immutable after construction; share it freely.
#ifndef NEWSLINE_LIB_INDEX_STOPWORDS_H_
#define NEWSLINE_LIB_INDEX_STOPWORDS_H_

#include <xapian.h>

namespace newsline {

// A SimpleStopper holding the list in stopwords.cc. Never null.
const Xapian::Stopper* EnglishStopper();

}  // namespace newsline

#endif  // NEWSLINE_LIB_INDEX_STOPWORDS_H_
