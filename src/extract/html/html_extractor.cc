// Placeholder; replaced by the HTML extractor.
#include "corroborate/extract.h"
namespace corroborate {
Article ExtractHtmlArticle(std::string_view, std::string_view url) { Article a; a.url = std::string(url); return a; }
}
