// The reference lists: built-in data (referentielijsten.md §2, §6, §7), the
// validity window (KI-KAN-003/004) and loading (KI-KAN-001/002, KI-KAN-008).

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/referentielijsten/referentielijsten.hpp"

using namespace ki::referentielijsten;
using Tijd = std::chrono::system_clock::time_point;

namespace {

Tijd tijd(std::string_view iso) {
  const auto t = ki::json::parse_date_time(iso);
  REQUIRE(t.has_value());
  return als_tijdstip(*t);
}

std::string lees(const std::string& naam) {
  std::ifstream in(std::string(KI_TEST_DATA) + "/referentielijsten/" + naam);
  REQUIRE(in.good());
  return {std::istreambuf_iterator<char>(in), {}};
}

std::vector<std::string_view> codes(const std::vector<std::string_view>& v) { return v; }

// One Kanaal item with the given window, loaded from a Maykin page.
Referentielijsten met_venster(const std::string& begin, const std::string& eind) {
  auto r = Referentielijsten::standaard();
  const auto fouten = r.laad(Lijst::kanaal, R"({"count":1,"next":null,"previous":null,"results":[{"code":"k",)"
                                                R"("naam":"K","begindatumGeldigheid":)" + begin +
                                                R"(,"einddatumGeldigheid":)" + eind + "}]}");
  REQUIRE(fouten.empty());
  REQUIRE(r.tabel(Lijst::kanaal).items.size() == 1);
  return r;
}

bool geldig(const Referentielijsten& r, std::string_view nu) {
  return r.tabel(Lijst::kanaal).items.front().geldig_op(tijd(nu));
}

}  // namespace

TEST_CASE("referentielijsten §2/§6/§7: built-in contents") {
  const auto r = Referentielijsten::standaard();
  CHECK(r.tabel(Lijst::kanaal).items.empty());  // §2.1
  CHECK_FALSE(r.kanaal_validatie());            // KI-KAN-001 default off
  CHECK(r.tabel(Lijst::kanaal).code == "KANAAL");
  CHECK(r.tabel(Lijst::land).items.size() == 250);
  CHECK(r.tabel(Lijst::taal).items.size() == 55);
  CHECK(r.tabel(Lijst::soort_digitaal_adres).items.size() == 6);
  CHECK(r.tabel(Lijst::soort_object).items.size() == 12);
  CHECK(r.tabel(Lijst::soort_object_id).items.size() == 11);
  CHECK(r.tabel(Lijst::extern_register).items.size() == 8);
  for (int i = 0; i < 7; ++i) CHECK(r.tabel(static_cast<Lijst>(i)).lijst == static_cast<Lijst>(i));

  const Item* nld = r.tabel(Lijst::taal).vind("nld");
  REQUIRE(nld != nullptr);
  CHECK(nld->naam == "Nederlands");
  CHECK(r.tabel(Lijst::taal).vind("dut") == nullptr);  // §4.1: T codes only
  CHECK(r.tabel(Lijst::soort_digitaal_adres).vind("2")->naam == "E-mail");
  CHECK(r.tabel(Lijst::soort_object_id).vind("5") == nullptr);  // §2.7: absent in source
  CHECK(r.tabel(Lijst::extern_register).vind("5")->naam == "Handelsregister");
  CHECK(r.tabel(Lijst::soort_object).vind("12")->naam == "Zaak");
  CHECK(r.tabel(Lijst::taal).geldige_codes(r.nu()).size() == 55);
}

TEST_CASE("KI-ADR-004/005: is_landcode uses the fixed ISO 3166 list of §6") {
  const auto r = Referentielijsten::standaard();
  CHECK(r.is_landcode("NL"));
  CHECK(r.is_landcode("XK"));
  CHECK(r.is_landcode("AD"));
  CHECK(r.is_landcode("ZW"));
  CHECK_FALSE(r.is_landcode("UK"));
  CHECK_FALSE(r.is_landcode("AN"));
  CHECK_FALSE(r.is_landcode("nl"));
  CHECK_FALSE(r.is_landcode("NLD"));
  CHECK_FALSE(r.is_landcode(""));
  CHECK(r.tabel(Lijst::land).vind("XK") != nullptr);

  Referentielijsten leeg;  // independent of what is loaded
  CHECK(leeg.is_landcode("XK"));
  CHECK(leeg.tabel(Lijst::land).items.empty());
}

TEST_CASE("referentielijsten §7: Tabel 34 -> ISO 3166") {
  const Referentielijsten r;
  CHECK(r.tabel34_naar_iso("6030") == "NL");
  CHECK(r.tabel34_naar_iso("5001") == "CA");  // first
  CHECK(r.tabel34_naar_iso("9094") == "FM");  // last
  CHECK(r.tabel34_naar_iso("6029") == "DE");
  CHECK(r.tabel34_naar_iso("5107") == "CW");
  CHECK_FALSE(r.tabel34_naar_iso("5081").has_value());  // Nederlandse Antillen: not mapped
  CHECK_FALSE(r.tabel34_naar_iso("003").has_value());
  CHECK_FALSE(r.tabel34_naar_iso("").has_value());
}

TEST_CASE("KI-KAN-003/004: worked example at 2025-11-24T12:00Z") {
  auto r = Referentielijsten::standaard();
  r.set_klok(tijd("2025-11-24T12:00:00Z"));
  REQUIRE(r.laad(Lijst::kanaal, lees("kanaal_items.json")).empty());
  const Tabel& t = r.tabel(Lijst::kanaal);
  CHECK(t.items.size() == 6);  // the item without a code is skipped
  CHECK(t.geldige_codes(r.nu()) ==
        codes({"no_dates", "no_begin_future_eind", "phone", "email"}));
  CHECK_FALSE(t.vind("expired_phone")->geldig_op(r.nu()));
  CHECK_FALSE(t.vind("future_email")->geldig_op(r.nu()));
  CHECK(t.vind("fax") == nullptr);
  CHECK(t.vind("phone")->naam == "Telefoon");
  CHECK(t.vind("phone")->begin_geldigheid.has_value());
}

TEST_CASE("KI-KAN-003: begin inclusive, eind exclusive") {
  const auto r = met_venster(R"("2025-11-24T12:00:00Z")", R"("2025-11-25T12:00:00Z")");
  CHECK_FALSE(geldig(r, "2025-11-24T11:59:59.999999Z"));
  CHECK(geldig(r, "2025-11-24T12:00:00Z"));
  CHECK(geldig(r, "2025-11-25T11:59:59.999999Z"));
  CHECK_FALSE(geldig(r, "2025-11-25T12:00:00Z"));
}

TEST_CASE("KI-KAN-003: offsets are applied, naive timestamps are UTC") {
  const auto met_offset = met_venster(R"("2025-11-24T13:00:00+01:00")", "null");
  CHECK(geldig(met_offset, "2025-11-24T12:00:00Z"));
  CHECK_FALSE(geldig(met_offset, "2025-11-24T11:59:59Z"));

  const auto naief = met_venster("null", R"("2025-11-24T12:00:00")");
  CHECK(geldig(naief, "2025-11-24T11:59:59Z"));
  CHECK_FALSE(geldig(naief, "2025-11-24T12:00:00Z"));
  CHECK_FALSE(geldig(naief, "2025-11-24T13:00:00+01:00"));

  CHECK(als_tijdstip(*ki::json::parse_date_time("2025-11-24T10:30:00-01:30")) == tijd("2025-11-24T12:00:00Z"));
  CHECK(als_tijdstip(*ki::json::parse_date_time("1970-01-01T00:00:00Z")) == Tijd{});
}

TEST_CASE("KI-KAN-003: missing, empty or unparseable bounds are open") {
  for (const char* grens : {"null", R"("")", R"("vandaag")", R"("2025-13-01T10:00:00Z")", R"("iso-8601")", "12"}) {
    CAPTURE(grens);
    CHECK(geldig(met_venster(grens, grens), "2025-11-24T12:00:00Z"));
  }
  auto r = Referentielijsten::standaard();
  REQUIRE(r.laad(Lijst::kanaal, R"({"results":[{"code":"a"}]})").empty());
  CHECK_FALSE(r.tabel(Lijst::kanaal).items.front().begin_geldigheid.has_value());
  CHECK(r.tabel(Lijst::kanaal).items.front().geldig_op(tijd("2025-11-24T12:00:00Z")));
}

TEST_CASE("KI-KAN-003: items without a code are skipped") {
  auto r = Referentielijsten::standaard();
  REQUIRE(r.laad(Lijst::kanaal, R"([{"naam":"x"},{"code":null},{"code":""},{"code":"b","naam":"B"}])").empty());
  REQUIRE(r.tabel(Lijst::kanaal).items.size() == 1);
  CHECK(r.tabel(Lijst::kanaal).items.front().code == "b");
}

TEST_CASE("KI-KAN-008: VNG array with indicatieActief") {
  auto r = Referentielijsten::standaard();
  r.set_klok(tijd("2025-11-24T12:00:00Z"));
  REQUIRE(r.laad(Lijst::kanaal, R"([{"code":"telefoon","naam":"Telefoon","indicatieActief":true},
                                     {"code":"fax","naam":"Fax","indicatieActief":false},
                                     {"code":"post","naam":"Post"}])")
              .empty());
  CHECK(r.tabel(Lijst::kanaal).geldige_codes(r.nu()) == codes({"telefoon", "post"}));
  CHECK(r.tabel(Lijst::kanaal).vind("fax") != nullptr);
}

TEST_CASE("referentielijsten §1: VNG Land array, dates at midnight UTC") {
  auto r = Referentielijsten::standaard();
  REQUIRE(r.laad(Lijst::land, lees("landen_vng.json")).empty());
  const Tabel& t = r.tabel(Lijst::land);
  REQUIRE(t.items.size() == 3);
  CHECK(t.vind("6030")->naam == "Nederland");
  const Item& antillen = *t.vind("5081");
  CHECK(antillen.geldig_op(tijd("2010-10-09T23:59:59Z")));
  CHECK_FALSE(antillen.geldig_op(tijd("2010-10-10T00:00:00Z")));
  CHECK_FALSE(antillen.geldig_op(tijd("1954-12-14T23:59:59Z")));
  CHECK(antillen.geldig_op(tijd("1954-12-15T00:00:00Z")));
  CHECK(t.geldige_codes(tijd("2025-11-24T12:00:00Z")) == codes({"6030", "5107"}));
  CHECK(r.is_landcode("NL"));  // the fixed ISO check is unaffected
  CHECK_FALSE(r.kanaal_validatie());
}

TEST_CASE("KI-KAN-002: Maykin items page for another list") {
  auto r = Referentielijsten::standaard();
  REQUIRE(r.laad(Lijst::taal, R"({"count":2,"next":null,"previous":null,"results":[
      {"code":"nld","naam":"Nederlands","begindatumGeldigheid":"2024-01-29T00:00:00Z","einddatumGeldigheid":null},
      {"code":"fry","naam":"Fries","begindatumGeldigheid":null,"einddatumGeldigheid":"2024-01-29T00:00:00+00:00"}]})")
              .empty());
  CHECK(r.tabel(Lijst::taal).items.size() == 2);
  CHECK(r.tabel(Lijst::taal).geldige_codes(tijd("2025-11-24T12:00:00Z")) == codes({"nld"}));
  CHECK_FALSE(r.kanaal_validatie());
}

TEST_CASE("KI-KAN-001: loading a Kanaal list switches kanaal validation on") {
  auto r = Referentielijsten::standaard();
  REQUIRE_FALSE(r.kanaal_validatie());
  REQUIRE(r.laad(Lijst::kanaal, "[]").empty());
  CHECK(r.kanaal_validatie());
  CHECK(r.tabel(Lijst::kanaal).items.empty());
  r.set_kanaal_validatie(false);
  CHECK_FALSE(r.kanaal_validatie());
  REQUIRE(r.laad(Lijst::kanaal, lees("kanaal_items.json")).empty());
  CHECK(r.kanaal_validatie());
}

TEST_CASE("referentielijsten: a failed load reports and changes nothing") {
  auto r = Referentielijsten::standaard();
  const auto controleer_ongewijzigd = [&] {
    CHECK(r.tabel(Lijst::taal).items.size() == 55);
    CHECK(r.tabel(Lijst::kanaal).items.empty());
    CHECK_FALSE(r.kanaal_validatie());
  };

  SUBCASE("parse error") {
    const auto f = r.laad(Lijst::kanaal, R"([{"code":)");
    REQUIRE(f.size() == 1);
    CHECK(f[0].name == "nonFieldErrors");
    CHECK(f[0].code == "parse_error");
    CHECK(f[0].reason.starts_with("JSON parse error - "));
  }
  SUBCASE("not a list or page") {
    const auto f = r.laad(Lijst::taal, R"("nld")");
    REQUIRE(f.size() == 1);
    CHECK(f[0] == ki::InvalidParam{"nonFieldErrors", "invalid",
                                   R"(Expected a list of items or a page with "results" but got type "str".)"});
  }
  SUBCASE("page without results") {
    const auto f = r.laad(Lijst::kanaal, R"({"count":0})");
    REQUIRE(f.size() == 1);
    CHECK(f[0] == ki::InvalidParam{"results", "required", "This field is required."});
  }
  SUBCASE("results not a list") {
    const auto f = r.laad(Lijst::kanaal, R"({"results":{}})");
    REQUIRE(f.size() == 1);
    CHECK(f[0] == ki::InvalidParam{"results", "invalid", R"(Expected a list of items but got type "dict".)"});
  }
  SUBCASE("bad items, all reported") {
    const auto f = r.laad(Lijst::kanaal, R"({"results":[{"code":"a"},"b",{"code":"c","naam":1},
                                              {"code":5},{"code":"d","indicatieActief":"ja"}]})");
    REQUIRE(f.size() == 4);
    CHECK(f[0] == ki::InvalidParam{"results.1.nonFieldErrors", "invalid",
                                   "Invalid data. Expected a dictionary, but got str."});
    CHECK(f[1] == ki::InvalidParam{"results.2.naam", "invalid", "Not a valid string."});
    CHECK(f[2] == ki::InvalidParam{"results.3.code", "invalid", "Not a valid string."});
    CHECK(f[3] == ki::InvalidParam{"results.4.indicatieActief", "invalid", "Must be a valid boolean."});
  }
  SUBCASE("bad item in a VNG array") {
    const auto f = r.laad(Lijst::taal, R"([{"code":"nld"},{"code":["x"]}])");
    REQUIRE(f.size() == 1);
    CHECK(f[0].name == "1.code");
  }
  controleer_ongewijzigd();
}
