// The limits on a document from outside (json/limieten.hpp) and the hostile
// inputs around them: nesting, size, duplicate keys, NUL, surrogates,
// invalid UTF-8, numbers out of range. Each gets an error document naming
// the field (or nonFieldErrors for the document as a whole), never a crash.

#include <doctest/doctest.h>

#include <string>

#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/model.hpp"
#include "klantinteracties/rules/validate.hpp"

namespace ki {
namespace {

const std::string kActor = R"("soortActor": "medewerker", "indicatieActief": true)";

// An Actor body with an unknown member nested `niveaus` levels below the body
// (the body object itself is level 1).
std::string genest(std::size_t niveaus) {
  std::string s = R"({"naam": "A", )" + kActor + R"(, "x": )";
  for (std::size_t i = 1; i < niveaus; ++i) s += '[';
  s += '1';
  for (std::size_t i = 1; i < niveaus; ++i) s += ']';
  return s + '}';
}

void check_parse_error(const InvalidParams& e, std::string_view reden) {
  REQUIRE(e.size() == 1);
  CHECK(e[0].name == "nonFieldErrors");
  CHECK(e[0].code == "parse_error");
  CHECK(e[0].reason == reden);
}

TEST_CASE("limits: nesting up to 64 levels is read, deeper is a parse_error") {
  CHECK(rules::validate<Actor>(genest(64)).ok());
  check_parse_error(rules::validate<Actor>(genest(65)).errors,
                    "JSON parse error - nested deeper than 64 levels");
  // Far beyond: refused just as plainly (no recursion in the reader).
  check_parse_error(rules::validate<Actor>(genest(100000)).errors,
                    "JSON parse error - nested deeper than 64 levels");
}

TEST_CASE("limits: the nesting limit is configurable") {
  rules::Options opt;
  opt.limieten.max_diepte = 200;
  CHECK(rules::validate<Actor>(genest(200), opt).ok());
  check_parse_error(rules::validate<Actor>(genest(201), opt).errors,
                    "JSON parse error - nested deeper than 200 levels");
  opt.limieten.max_diepte = 2;
  check_parse_error(rules::validate<Actor>(genest(3), opt).errors,
                    "JSON parse error - nested deeper than 2 levels");
}

TEST_CASE("limits: a document larger than the size limit is refused before it is parsed") {
  const std::string body = R"({"naam": ")" + std::string(1000, 'a') + R"(", )" + kActor + "}";
  rules::Options opt;
  opt.limieten.max_bytes = body.size();
  // Exactly at the limit: read (and judged: naam is longer than 200).
  auto v = rules::validate<Actor>(body, opt);
  REQUIRE(v.errors.size() == 1);
  CHECK(v.errors[0].name == "naam");
  opt.limieten.max_bytes = body.size() - 1;
  check_parse_error(rules::validate<Actor>(body, opt).errors,
                    "JSON parse error - document larger than 1064 bytes");
  // The default is 16 MiB.
  CHECK(json::Limieten{}.max_bytes == 16u * 1024 * 1024);
  const std::string groot(16u * 1024 * 1024 + 1, ' ');
  check_parse_error(rules::validate<Actor>(groot).errors,
                    "JSON parse error - document larger than 16777216 bytes");
}

TEST_CASE("limits: duplicate keys — the last one wins, as in Python's json module") {
  auto v = rules::validate<Actor>(R"({"naam": "", "naam": "Fatima", )" + kActor + "}");
  REQUIRE(v.ok());
  CHECK(*v.value.naam == "Fatima");
  auto w = rules::validate<Actor>(R"({"naam": "Fatima", "naam": "", )" + kActor + "}");
  REQUIRE(w.errors.size() == 1);
  CHECK(w.errors[0].name == "naam");
  CHECK(w.errors[0].code == "blank");
}

TEST_CASE("limits: NUL, surrogates (KI-GEN-019) and invalid UTF-8") {
  // A raw NUL (a control character) is not JSON; the escape is a field error.
  std::string rauw = R"({"naam": "a)";
  rauw += '\0';
  rauw += R"(b", )" + kActor + "}";
  auto r = rules::validate<Actor>(std::string_view(rauw));
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].code == "parse_error");
  auto n = rules::validate<Actor>(R"({"naam": "a\u0000b", )" + kActor + "}");
  REQUIRE(n.errors.size() == 1);
  CHECK(n.errors[0].name == "naam");
  CHECK(n.errors[0].code == "null_characters_not_allowed");
  auto s = rules::validate<Actor>(R"({"naam": "a\ud800b", )" + kActor + "}");
  REQUIRE(s.errors.size() == 1);
  CHECK(s.errors[0].name == "naam");
  CHECK(s.errors[0].code == "surrogate_characters_not_allowed");
  auto u = rules::validate<Actor>("{\"naam\": \"a\xff\", " + kActor + "}");
  REQUIRE(u.errors.size() == 1);
  CHECK(u.errors[0].code == "parse_error");
}

TEST_CASE("limits: numbers out of range name their field (KI-GEN-009)") {
  auto huisnummer = [](const char* getal) {
    return rules::validate<Partij>(std::string(R"({"soortPartij": "persoon", "indicatieActief": true,)") +
                                   R"( "bezoekadres": {"huisnummer": )" + getal + "}}");
  };
  // Floats whose Python text form is no int() literal: `inf`, `-inf`, `1.5`.
  for (const char* getal : {"1e400", "-1e400", "1.5"}) {
    CAPTURE(getal);
    const auto v = huisnummer(getal);
    REQUIRE(v.errors.size() == 1);
    CHECK(v.errors[0].name == "bezoekadres.huisnummer");
    CHECK(v.errors[0].code == "invalid");
  }
  // An integer beyond 64 bits: Python reads an int (KI-GEN-010's max_value),
  // Boost.JSON a double; only the field is asserted, the code differs.
  const auto groot = huisnummer("123456789012345678901234567890");
  REQUIRE(groot.errors.size() == 1);
  CHECK(groot.errors[0].name == "bezoekadres.huisnummer");
  // A huge one in an unknown member is ignored with the member.
  CHECK(rules::validate<Actor>(R"({"naam": "A", "x": 1e999999, )" + kActor + "}").ok());
}

}  // namespace
}  // namespace ki
