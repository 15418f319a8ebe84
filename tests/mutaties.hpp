#pragma once
// Random damage to a JSON payload, for the never-crash property of the
// validators: a key dropped, a value of the wrong JSON type, an overlong
// text, null, a huge number, deep nesting, random bytes in a text.

#include <boost/json.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "willekeurig.hpp"

namespace ki::eigenschappen {

// Every value in the document, with the object it is a member of (if any).
struct Plek {
  boost::json::value* waarde;
  boost::json::object* ouder;  // null: array element or the root
  std::string sleutel;
};

inline void plekken(boost::json::value& v, boost::json::object* ouder, std::string sleutel,
                    std::vector<Plek>& uit) {
  uit.push_back({&v, ouder, sleutel});
  if (v.is_object())
    for (auto& kv : v.get_object()) plekken(kv.value(), &v.get_object(), std::string(kv.key()), uit);
  else if (v.is_array())
    for (auto& e : v.get_array()) plekken(e, nullptr, {}, uit);
}

inline boost::json::value diep(int n) {
  boost::json::value v = 1;
  for (int i = 0; i < n; ++i) {
    if (i % 2) {
      boost::json::object o;
      o["a"] = std::move(v);
      v = std::move(o);
    } else {
      boost::json::array a;
      a.push_back(std::move(v));
      v = std::move(a);
    }
  }
  return v;
}

inline std::string willekeurige_bytes(Willekeurig& w) {
  std::string s;
  for (int i = w.getal(1, 16); i > 0; --i) s += static_cast<char>(w.getal(0, 255));
  return s;
}

// Damages one value of `doc` (the root stays an object unless it is replaced).
inline void beschadig(boost::json::value& doc, Willekeurig& w) {
  std::vector<Plek> alle;
  plekken(doc, nullptr, {}, alle);
  Plek p = alle[static_cast<std::size_t>(w.getal(0, static_cast<int>(alle.size()) - 1))];
  boost::json::value& v = *p.waarde;
  switch (w.getal(0, 9)) {
    case 0:  // drop a key
      if (p.ouder) {
        p.ouder->erase(p.sleutel);
        return;
      }
      v = nullptr;
      return;
    case 1:  // wrong JSON type
      if (v.is_string()) v = 42;
      else if (v.is_number()) v = boost::json::array{1, "x"};
      else if (v.is_object()) v = "geen object";
      else if (v.is_array()) v = boost::json::object{{"a", 1}};
      else v = boost::json::object{};
      return;
    case 2:  // overlong text
      v = std::string(static_cast<std::size_t>(w.getal(256, 20000)), 'x');
      return;
    case 3:
      v = nullptr;
      return;
    case 4: {  // huge numbers
      const int k = w.getal(0, 4);
      if (k == 0) v = std::numeric_limits<double>::max();
      else if (k == 1) v = std::numeric_limits<std::uint64_t>::max();
      else if (k == 2) v = std::numeric_limits<std::int64_t>::min();
      else if (k == 3) v = -std::numeric_limits<double>::max();
      else v = 1e-300;
      return;
    }
    case 5:
      v = diep(w.getal(10, 300));
      return;
    case 6:  // random bytes (also invalid UTF-8) in a text
      v = willekeurige_bytes(w);
      return;
    case 7:  // a text where a boolean, number or reference was
      v = w.tekst(0, 30);
      return;
    case 8:  // an extra, unknown or misspelled key
      if (v.is_object()) v.get_object()[w.tekst(1, 8)] = willekeurige_bytes(w);
      else v = boost::json::array{};
      return;
    default:  // empty containers and texts
      if (v.is_array()) v = boost::json::array{};
      else if (v.is_object()) v = boost::json::object{};
      else v = "";
      return;
  }
}

}  // namespace ki::eigenschappen
