// Placeholder; replaced by the link stage.
#include "corroborate/link.h"
namespace corroborate {
std::vector<Reuse> FindReuse(const std::vector<Article>&, const LinkOptions&) { return {}; }
std::vector<std::vector<int>> ClusterStories(const std::vector<Article>& a, const std::vector<Reuse>&, const LinkOptions&) { std::vector<std::vector<int>> c; for (int i = 0; i < (int)a.size(); ++i) c.push_back({i}); return c; }
}
