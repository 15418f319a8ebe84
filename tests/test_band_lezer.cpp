// The Band's own reader (json::detail::lees_gewoon) against Boost.JSON's
// tokenizer (json::detail::lees_tokenizer): whatever text the reader takes, the
// tokenizer takes too and makes the same Band of it, node for node; the reader
// takes the common JSON of request bodies and gives up on the rest.

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <bit>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "klantinteracties/json/band.hpp"
#include "willekeurige_json.hpp"

namespace ki {
namespace {

// A Band as text, node for node: kinds, values, sizes, every duplicate member,
// the string bytes.
std::string afdruk(const json::Knoop& k) {
  switch (k.kind()) {
    case boost::json::kind::null:
      return "n";
    case boost::json::kind::bool_:
      return k.get_bool() ? "t" : "f";
    case boost::json::kind::int64:
      return fmt::format("i{}", k.get_int64());
    case boost::json::kind::uint64:
      return fmt::format("u{}", k.get_uint64());
    case boost::json::kind::double_:
      return fmt::format("d{:x}", std::bit_cast<std::uint64_t>(k.get_double()));
    case boost::json::kind::string:
      return fmt::format("s{}:{}", k.get_string().size(), k.get_string());
    case boost::json::kind::array: {
      std::string s = fmt::format("[{}", k.size());
      for (const json::Knoop& e : k.elementen()) s += ' ' + afdruk(e);
      return s + ']';
    }
    case boost::json::kind::object: {
      std::string s = fmt::format("{{{}", k.size());
      for (const json::Lid lid : k.leden())
        s += fmt::format(" s{}:{}={}", lid.key().size(), lid.key(), afdruk(lid.value()));
      return s + '}';
    }
  }
  return "?";
}

// Whether the reader's claim of ASCII holds for every string value: set for
// exactly the strings that are ASCII without control characters and point
// into the text (had no escapes). Returns the number of strings it claims.
std::size_t ascii_klopt(const json::Knoop& k, std::string_view text) {
  std::size_t geclaimd = 0;
  if (k.is_string()) {
    const std::string_view s = k.get_string();
    const bool in_text =
        s.empty() || (s.data() >= text.data() && s.data() + s.size() <= text.data() + text.size());
    bool ascii = true;
    for (const char c : s) {
      const auto b = static_cast<unsigned char>(c);
      ascii = ascii && b >= 0x20 && b < 0x80;
    }
    CAPTURE(s);
    CHECK(k.bekend_ascii() == (in_text && ascii));
    geclaimd += k.bekend_ascii();
  } else if (k.is_array()) {
    for (const json::Knoop& e : k.elementen()) geclaimd += ascii_klopt(e, text);
  } else if (k.is_object()) {
    for (const json::Lid lid : k.leden()) geclaimd += ascii_klopt(lid.value(), text);
  }
  return geclaimd;
}

// The two readers on one text. Returns whether the own reader took it; when
// it did, the tokenizer took it too, with the same Band.
bool zelfde_band(const std::string& text, std::size_t max_diepte = 64) {
  CAPTURE(text);
  json::Band eigen, tokenizer;
  const bool gelezen = json::detail::lees_gewoon(text, eigen, max_diepte);
  const bool ook = json::detail::lees_tokenizer(text, tokenizer, max_diepte);
  if (gelezen) {
    REQUIRE(ook);
    CHECK(afdruk(eigen.wortel()) == afdruk(tokenizer.wortel()));
    ascii_klopt(eigen.wortel(), text);
  }
  return gelezen;
}

TEST_CASE("band reader: takes the JSON of request bodies as the tokenizer does") {
  const std::vector<std::string> teksten = {
      "{}",
      "[]",
      "null",
      "true",
      "false",
      "0",
      "-1",
      "42",
      "999999999999999999",
      "-999999999999999999",
      R"("")",
      R"("a")",
      " \t\r\n{ \"a\" : [ 1 , 2 ] } \n",
      R"({"a":1,"b":[1,2,{"c":null}],"d":{"e":{"f":[]}},"a":[true,false]})",
      R"({"a\"b":"c\\d\/e\b\f\n\r\t","\u0061dres":"\u00e9\u20AC\ud83d\ude00\u0000"})",
      "{\"omschrijving\":\"Priv\xc3\xa9 e-mailadres \xe2\x82\xac \xf0\x9f\x98\x80\"}",
      R"({"s":"0123456789abcdef0123456789abcdef\"0123456789abcdef\\"})",
      R"({"x":"\u00e9)" + std::string(40, 'a') + "\\n" + std::string(40, 'b') + "\"}",
      "[" + std::string(60, '[') + std::string(60, ']') + "]"};
  for (const auto& t : teksten) CHECK(zelfde_band(t));

  // More nodes than a Band keeps inline: it grows on the heap.
  std::string lang = "[", leden = "{";
  for (int i = 0; i < 1000; ++i) {
    lang += fmt::format("{}{}", i ? "," : "", i);
    leden += fmt::format("{}\"k{}\":[\"v\",{}]", i ? "," : "", i, i);
  }
  CHECK(zelfde_band(lang + "]"));
  CHECK(zelfde_band(leden + "}"));

  // Every request of the test data is read by the reader itself.
  std::size_t bestanden = 0;
  for (const auto& f : std::filesystem::directory_iterator(KI_TEST_DATA "/requests")) {
    std::ifstream in(f.path());
    CHECK(zelfde_band(std::string(std::istreambuf_iterator<char>(in), {})));
    ++bestanden;
  }
  CHECK(bestanden >= 20);
}

TEST_CASE("band reader: knows which strings are ASCII, so that validation need not look again") {
  const auto geclaimd = [](const std::string& text) {
    json::Band band;
    REQUIRE(json::detail::lees_gewoon(text, band, 64));
    return ascii_klopt(band.wortel(), text);
  };
  CHECK(geclaimd(R"({"a":"Hoofdstraat 1","b":["", "x"],"c":{"d":"0123456789abcdef0123"}})") == 4);
  CHECK(geclaimd("{\"a\":\"Priv\xc3\xa9\",\"b\":\"\xf0\x9f\x98\x80\"}") == 0);
  CHECK(geclaimd(R"({"a":"x\ny","b":"\u0000","c":"\u0041"})") == 0);
  // The tokenizer's Band does not know it.
  json::Band tokenizer;
  REQUIRE(json::detail::lees_tokenizer(R"({"a":"Hoofdstraat 1"})", tokenizer, 64));
  CHECK_FALSE((*tokenizer.wortel().leden().begin()).value().bekend_ascii());
}

TEST_CASE("band reader: leaves errors, doubles, -0 and lone surrogates to the tokenizer") {
  const std::vector<std::string> teksten = {
      // errors
      "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\"}", "{'a':1}", "{\"a\":1}{}", "{\"a\":1} x",
      "nul", "tru", "01", "-", "--1", "1.", "+1", "\"\\x\"", "\"a\nb\"", "\"\x01\"", "\"\xff\"",
      "\"\xc3\"", "\"\xc0\x80\"", "\"\xe0\x80\x80\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"",
      "\"\\u12\"", "\"\\u12g4\"", "/* c */ {}", "{} // c", "\xef\xbb\xbf{}", "{\"a\":1]", "[1}",
      "\"abc", "\"abc\\", "[1 2]", "{\"a\" 1}", "{1:2}", "truefalse", "nullx", "[-]",
      // valid, but for the tokenizer
      "1.5", "-2.5e10", "1e3", "1E3", "-0", "1234567890123456789", "18446744073709551615",
      R"("\ud800")", R"("x\udc00y")", R"("\ud83d\u0041")", R"("\ud83d")"};
  for (const auto& t : teksten) CHECK_FALSE(zelfde_band(t));
}

TEST_CASE("band reader: nesting at the limit goes to the tokenizer") {
  CHECK(zelfde_band("[[[1]]]", 4));
  CHECK_FALSE(zelfde_band("[[[1]]]", 3));  // the tokenizer's verdict, either way
  CHECK_FALSE(zelfde_band("[[[[1]]]]", 3));
  const std::string diep = std::string(200, '[') + std::string(200, ']');
  CHECK_FALSE(zelfde_band(diep, 1000));  // deeper than the reader recurses
  json::Band band;
  CHECK(json::detail::lees_tokenizer(diep, band, 1000));
}

// Every string of one or two bytes, and of three or four around the edges of
// UTF-8: the reader takes exactly what the tokenizer takes.
TEST_CASE("band reader: UTF-8 as strict as the tokenizer's") {
  std::size_t genomen = 0;
  for (unsigned a = 0; a < 256; ++a)
    for (unsigned b = 0; b < 256; ++b) {
      const std::string t = std::string("\"") + char(a) + char(b) + '"';
      json::Band x, y;
      const bool eigen = json::detail::lees_gewoon(t, x, 64);
      CHECK(eigen == json::detail::lees_tokenizer(t, y, 64));
      genomen += eigen;
    }
  CHECK(genomen > 1000);
  const std::vector<unsigned> rand = {0x00, 0x20, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf,
                                      0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee,
                                      0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xff};
  for (unsigned a : rand)
    for (unsigned b : rand)
      for (unsigned c : rand)
        for (unsigned d : {0x22u, 0x41u, 0x80u, 0xbfu, 0xc0u}) {
          const std::string t = std::string("[\"") + char(a) + char(b) + char(c) + char(d) + "\"]";
          json::Band x, y;
          CHECK(json::detail::lees_gewoon(t, x, 64) == json::detail::lees_tokenizer(t, y, 64));
        }
}

// The JSON the reader takes: duplicate keys, escapes, multi-byte
// characters, integers, whitespace.
const testjson::Bouwstenen gewone_json = {
    {"a", "b", "naam", "\\u0061", "a\\n", "", "\xc3\xa9", "sleutel met spaties en meer"},
    {"null", "true", "false", "0", "-1", "42", "999999999999999999", "-123456789012345678", "\"\"",
     "\"tekst\"", "\"\\u00e9\\t\\\"\"", "\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"",
     "\"een tekst van meer dan zestien bytes, met \\\"escapes\\\" en \xc3\xa9\"",
     "\"\\ud83d\\ude00\\/\\\\\\b\\f\\r\""},
    {"", " ", "\n  ", "\t", "\r\n"}};

TEST_CASE("band reader: random documents, and every one changed at a random place") {
  std::mt19937_64 rng(20261130);
  const std::string bytes = std::string("{}[]\":,\\ nu0-1.eE+\x01\n\xc3\xa9\xed\xff") + '\0';
  std::size_t veranderd_genomen = 0;
  for (int i = 0; i < 3000; ++i) {
    const std::string doc = testjson::willekeurig_document(rng, gewone_json);
    CHECK(zelfde_band(doc));
    // One byte deleted, inserted or replaced: never taken unless the
    // tokenizer takes it alike.
    for (int k = 0; k < 4; ++k) {
      std::string t = doc;
      const auto plek = std::uniform_int_distribution<std::size_t>(0, t.size())(rng);
      const char b = bytes[std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(rng)];
      switch (k % 3) {
        case 0:
          if (plek < t.size()) t.erase(plek, 1);
          break;
        case 1:
          t.insert(plek, 1, b);
          break;
        default:
          if (plek < t.size()) t[plek] = b;
      }
      veranderd_genomen += zelfde_band(t);
    }
  }
  CHECK(veranderd_genomen > 0);
}

}  // namespace
}  // namespace ki
