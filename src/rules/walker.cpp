// The non-template part of the validation engine.

#include "klantinteracties/rules/walker.hpp"

#include <string>
#include <vector>

namespace ki::rules::detail {

// KI-MD-001..003: metadata must be an object of non-blank text values of at
// most 255 characters (numbers become text); each value is named by its
// parsed, camelized key (§0.3, §0.1 C.13). The last of two keys that parse
// alike wins.
bool check_metadata(const boost::json::value& raw, Metadata& out, ErrorPath& err) {
  if (!raw.is_object()) {
    err.add("not_a_dict", fmt::format(fmt::runtime(msg::not_a_dict), json::python_type_name(raw)));
    return false;
  }
  const std::size_t before = err.count();
  out.clear();
  const auto& obj = raw.get_object();
  std::vector<std::string> parsed;
  parsed.reserve(obj.size());
  for (const auto& kv : obj) parsed.push_back(json::parse_key(kv.key()));
  std::size_t index = 0;
  for (const auto& kv : obj) {
    const std::size_t i = index++;
    bool later = false;  // §0.3: a later key that parses alike replaces this one
    for (std::size_t j = i + 1; j < parsed.size() && !later; ++j) later = parsed[j] == parsed[i];
    if (later) continue;
    const auto& v = kv.value();
    const std::string naam = json::camelize(parsed[i]);
    PathSegment seg(err, naam);
    std::string text;
    if (v.is_null()) {
      err.add("null", std::string(msg::null));
      continue;
    }
    if (!json::detail::read_string(v, text, err)) continue;
    const std::string_view trimmed = json::python_strip(text);
    if (trimmed.empty()) {
      err.add("blank", std::string(msg::blank));
      continue;
    }
    if (json::python_len(trimmed) > 255)
      err.add("max_length", fmt::format(fmt::runtime(msg::max_length), 255));
    check_characters(trimmed, err);
    out.emplace_back(kv.key(), std::string(trimmed));
  }
  return err.count() == before;
}

}  // namespace ki::rules::detail
