#pragma once
// Random JSON documents from a fixed seed, for comparing JSON readers:
// nested objects and arrays (at most 5 levels) with keys, scalars and the
// whitespace between tokens drawn from the given lists. Keys repeat, so
// objects get duplicate members.

#include <random>
#include <string>
#include <vector>

namespace ki::testjson {

struct Bouwstenen {
  std::vector<std::string> sleutels;  // key texts, escapes written out
  std::vector<std::string> scalars;   // whole JSON values
  std::vector<std::string> wit = {""};
};

inline std::string willekeurig_document(std::mt19937_64& rng, const Bouwstenen& b, int diepte = 0) {
  const auto getal = [&](int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
  };
  const auto kies = [&](const std::vector<std::string>& v) -> const std::string& {
    return v[static_cast<std::size_t>(getal(0, static_cast<int>(v.size()) - 1))];
  };
  const auto w = [&] { return kies(b.wit); };
  const int soort = diepte > 4 ? 2 : getal(0, 2);
  if (soort == 0) {
    std::string s = "{" + w();
    const int n = getal(0, 6);
    for (int i = 0; i < n; ++i) {
      if (i) s += "," + w();
      s += '"' + kies(b.sleutels) + "\"" + w() + ":" + w() +
           willekeurig_document(rng, b, diepte + 1) + w();
    }
    return s + '}';
  }
  if (soort == 1) {
    std::string s = "[" + w();
    const int n = getal(0, 5);
    for (int i = 0; i < n; ++i)
      s += (i ? "," : "") + w() + willekeurig_document(rng, b, diepte + 1);
    return s + w() + ']';
  }
  return kies(b.scalars);
}

}  // namespace ki::testjson
