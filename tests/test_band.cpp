// The Band (json/band.hpp): text read into it gives the verdict and errors of
// json::parse, and the very value boost::json::parse builds; validation of a
// Band read from text judges as validation of the parsed DOM does, duplicate
// keys included.

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <random>
#include <string>
#include <vector>

#include "klantinteracties/json/band.hpp"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/model.hpp"
#include "klantinteracties/rules/validate.hpp"
#include "willekeurige_json.hpp"

namespace ki {
namespace {

// The errors as text: each one's name, code and reason.
std::string als_tekst(const InvalidParams& e) {
  std::string s;
  for (const auto& p : e) s += p.name + '|' + p.code + '|' + p.reason + '\n';
  return s;
}

// lees() against json::parse on one text: the same verdict and errors, and on
// success a Band whose value serialises to the same bytes (member order and
// the double's bits included).
void vergelijk(const std::string& text, const json::Limieten& limieten = {}) {
  CAPTURE(text);
  InvalidParams dom_fouten, band_fouten;
  const boost::json::value dom = json::parse(text, dom_fouten, limieten);
  json::Band band;
  const bool gelezen = json::lees(text, band, band_fouten, limieten);
  CHECK(gelezen == dom_fouten.empty());
  CHECK(als_tekst(band_fouten) == als_tekst(dom_fouten));
  if (!gelezen || !dom_fouten.empty()) return;
  CHECK(boost::json::serialize(band.wortel().als_value()) == boost::json::serialize(dom));
  // A Band made from the DOM reads back the same value.
  const json::Band van_dom(dom);
  CHECK(boost::json::serialize(van_dom.wortel().als_value()) == boost::json::serialize(dom));
}

TEST_CASE("band: text reads as boost::json::parse reads it") {
  const std::vector<std::string> teksten = {
      "{}", "[]", "null", "true", "false", "0", "-0", "-0.0", "1e400", "-1e400", "1.5e-320",
      "18446744073709551615", "18446744073709551616", "-9223372036854775808",
      "-9223372036854775809", "0.1", "123456789.123456789", R"("")", R"("a")",
      R"({"a":1,"b":[1,2,{"c":null}],"d":{"e":{"f":[]}}})",
      // escapes, in values and in keys
      R"({"a\"b":"c\\d\/e\b\f\n\r\t","\u0061dres":"\u00e9\u20ac\ud83d\ude00"})",
      // duplicate keys: the last value, at the first key's place
      R"({"a":1,"b":2,"a":3})", R"({"a":{"x":1},"b":2,"a":{"y":2}})",
      R"([{"k":1,"k":2,"k":3},{"k":[1],"j":0,"k":[2]}])",
      // whitespace around and inside
      " \t\r\n{ \"a\" : [ 1 , 2 ] } \n", "{\"a\":1} ",
      // what json::parse refuses, or reads only on its second try
      "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\"}", "{'a':1}", "{\"a\":1}{}", "{\"a\":1} x",
      "nul", "01", "1.", "\"\\x\"", "\"a\nb\"", "\"\xff\"", "\"\xc3\"", "{\"\xed\xa0\x80\":1}",
      R"({"a":"\ud800"})", R"({"a":"x\udc00y","b":"\ud83d"})", "/* c */ {}", "{} // c",
      "\xef\xbb\xbf{}"};
  for (const auto& t : teksten) vergelijk(t);
}

TEST_CASE("band: long strings with escapes, which arrive in parts") {
  std::string lang(20000, 'a');
  for (std::size_t i = 0; i < lang.size(); i += 97) lang[i] = '\\', lang[i + 1] = 'n';
  vergelijk("{\"" + lang + "\":\"" + lang + "\",\"b\":[\"" + lang + "\"]}");
  vergelijk("[\"" + std::string(70000, 'x') + "\"]");
}

TEST_CASE("band: the limits of json::parse hold") {
  json::Limieten l;
  l.max_diepte = 3;
  vergelijk("[[[1]]]", l);
  vergelijk("[[[[1]]]]", l);
  l.max_bytes = 10;
  vergelijk("[1,2,3,4]", l);
  vergelijk("[1,2,3,4,5]", l);
}

// Duplicate keys, escapes and every kind of number.
const testjson::Bouwstenen alle_getallen = {
    {"a", "b", "naam", "\\u0061", "a\\n", ""},
    {"null", "true", "false", "0", "-1", "42", "1.5", "-2.5e10", "1e308", "9223372036854775807",
     "18446744073709551615", "3.141592653589793", "\"\"", "\"tekst\"", "\"\\u00e9\\t\\\"\"",
     "\"\xc3\xa9\xe2\x82\xac\""}};

TEST_CASE("band: random documents read as boost::json::parse reads them") {
  std::mt19937_64 rng(20261130);
  for (int i = 0; i < 2000; ++i) vergelijk(testjson::willekeurig_document(rng, alle_getallen));
}

// Validation of text (a Band with every duplicate member) against validation
// of the parsed DOM (where duplicates are already merged).
template <class T>
void zelfde_oordeel(const std::string& text, rules::Options opt = {}) {
  CAPTURE(text);
  const auto uit_tekst = rules::validate<T>(text, opt);
  InvalidParams fouten;
  const boost::json::value dom = json::parse(text, fouten);
  REQUIRE(fouten.empty());
  const auto uit_dom = rules::validate<T>(dom, opt);
  CHECK(als_tekst(uit_tekst.errors) == als_tekst(uit_dom.errors));
  CHECK(json::encode_string(uit_tekst.value) == json::encode_string(uit_dom.value));
}

TEST_CASE("band: duplicate keys judge as in the DOM (KI-MD-001, KI-MD-005, KI-DA-001)") {
  const std::string kc =
      R"("kanaal":"telefoon","onderwerp":"o","taal":"nld","vertrouwelijk":false)";
  rules::Options strikt;
  strikt.profiel = rules::Profiel::strict;
  for (const auto& opt : {rules::Options{}, strikt}) {
    // metadata: a key repeated with another value between, and keys that
    // only parse alike
    zelfde_oordeel<Klantcontact>("{" + kc + R"(,"metadata":{"a":1,"b":"x","a":"y"}})", opt);
    zelfde_oordeel<Klantcontact>(
        "{" + kc + R"(,"metadata":{"a":"x","b":"","a":"","c":"z","b":"w"}})", opt);
    zelfde_oordeel<Klantcontact>("{" + kc + R"(,"metadata":{"aB":"1","a_b":"2","aB":"3"}})", opt);
    zelfde_oordeel<Klantcontact>("{" + kc + R"(,"metadata":{"x":[],"x":"ok"}})", opt);
    // a field given twice: the last one counts
    zelfde_oordeel<Klantcontact>("{" + kc + R"(,"kanaal":"","kanaal":"post"})", opt);
    zelfde_oordeel<Klantcontact>("{" + kc + R"(,"taal":"nld","taal":5})", opt);
  }
  zelfde_oordeel<DigitaalAdres>(
      R"({"adres":"a@b.nl","soortDigitaalAdres":"telefoonnummer","verstrektDoorPartij":null,)"
      R"("soortDigitaalAdres":"email","omschrijving":"o"})");
  zelfde_oordeel<DigitaalAdres>(
      R"({"adres":"x","soortDigitaalAdres":"email","verstrektDoorPartij":null,)"
      R"("adres":"0612345678","soortDigitaalAdres":"telefoonnummer","omschrijving":"o"})");
}

}  // namespace
}  // namespace ki
