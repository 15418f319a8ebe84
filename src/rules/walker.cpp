// The non-template part of the validation engine.

#include "klantinteracties/rules/walker.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace ki::rules::detail {

// KI-MD-001..003: metadata must be an object of non-blank text values of at
// most 255 characters (numbers become text); each value is named by its
// parsed, camelized key (§0.3, §0.1 C.13). The last of two keys that parse
// alike wins.
bool check_metadata(const json::Knoop& raw, Metadata& out, ErrorPath& err) {
  if (!raw.is_object()) {
    err.add("not_a_dict", fmt::format(fmt::runtime(msg::not_a_dict), json::python_type_name(raw)));
    return false;
  }
  const std::size_t before = err.count();
  out.clear();
  const auto obj = json::leden_zonder_dubbele(raw);
  out.reserve(obj.size());
  // The parsed keys, made only when some key changes in parsing.
  std::vector<std::string> parsed;
  if (!std::all_of(obj.begin(), obj.end(),
                   [](const json::Lid& kv) { return json::parse_key_keeps(kv.key()); })) {
    parsed.reserve(obj.size());
    for (const auto& kv : obj) parsed.push_back(json::parse_key(kv.key()));
  }
  const auto geparst = [&](std::size_t i) -> std::string_view {
    return parsed.empty() ? obj[i].key() : parsed[i];
  };
  std::size_t index = 0;
  for (const auto& kv : obj) {
    const std::size_t i = index++;
    bool later = false;  // §0.3: a later key that parses alike replaces this one
    for (std::size_t j = i + 1; j < obj.size() && !later; ++j) later = geparst(j) == geparst(i);
    if (later) continue;
    const json::Knoop& v = kv.value();
    if (v.is_string()) {
      // The common case, where no check can fail: non-blank ASCII without
      // NUL, at most 255 characters.
      const std::string_view trimmed = json::python_strip(v.get_string());
      if (!trimmed.empty() && trimmed.size() <= 255 && ascii_zonder_nul(v, trimmed)) {
        out.emplace_back(kv.key(), trimmed);
        continue;
      }
    }
    const std::string naam = json::camelize(geparst(i));
    PathSegment seg(err, naam);
    std::string text;
    if (v.is_null()) {
      err.add("null", std::string(msg::null));
      continue;
    }
    if (!read_scalar(v, text, err)) continue;
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
