// Replaced by the HTML extractor tests.
#include <gtest/gtest.h>
TEST(Placeholder, Builds) { SUCCEED(); }
