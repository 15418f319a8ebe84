#pragma once
// Shared by tests/test_register_*.cpp: a register with a fixed base URL and
// clock, builders for the common objects, and checks of answers.

#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <fmt/format.h>

#include <chrono>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/register/register.hpp"

namespace ki::regtest {

inline constexpr std::string_view kBasis = "https://openklant.example.nl";
inline constexpr std::string_view kApi = "https://openklant.example.nl/klantinteracties/api/v1/";
// The register's clock, as the API writes it.
inline constexpr std::string_view kNu = "2024-05-06T07:08:09.123456Z";

inline std::chrono::system_clock::time_point nu() {
  using namespace std::chrono;
  return sys_days{year{2024} / May / 6} + hours{7} + minutes{8} + seconds{9} +
         microseconds{123456};
}

inline RegisterOptions opties() {
  return RegisterOptions{.base_url = std::string(kBasis), .klok = nu};
}

inline boost::json::value J(std::string_view tekst) { return boost::json::parse(tekst); }

inline std::string S(const Uuid& u) { return json::format_uuid(u); }

// `{"uuid": "<u>"}`
inline boost::json::object ref(const Uuid& u) { return {{"uuid", S(u)}}; }

inline std::string url(std::string_view collectie, const Uuid& u) {
  return fmt::format("{}{}/{}", kApi, collectie, S(u));
}

inline std::string dump(const Antwoord& a) { return boost::json::serialize(a.body); }

// A created resource's uuid (fails the test on anything else).
inline Uuid gemaakt(const Antwoord& a) {
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  return *json::parse_uuid(std::string_view(a.body.at("uuid").get_string()));
}

inline Uuid uuid_van(const boost::json::value& v) {
  return *json::parse_uuid(std::string_view(v.at("uuid").get_string()));
}
inline Uuid U(std::string_view tekst) { return *json::parse_uuid(tekst); }

// The answer is a 400 whose only error is exactly this one.
inline void check_fout(const Antwoord& a, std::string_view naam, std::string_view code,
                       std::string_view reden) {
  REQUIRE_MESSAGE(a.status == HttpStatus::invalid, dump(a));
  const auto ps = a.invalid_params();
  REQUIRE_MESSAGE(ps.size() == 1, dump(a));
  CHECK(ps[0].name == naam);
  CHECK(ps[0].code == code);
  CHECK(ps[0].reason == reden);
}

// The keys of a JSON object, in order.
inline std::vector<std::string> sleutels(const boost::json::value& v) {
  std::vector<std::string> out;
  for (const auto& kv : v.as_object()) out.emplace_back(kv.key());
  return out;
}
inline std::vector<std::string> lijst(std::initializer_list<const char*> l) {
  return {l.begin(), l.end()};
}

// The uuids of a list of references (or of a page's results).
inline std::vector<Uuid> uuids(const boost::json::value& lijst) {
  std::vector<Uuid> out;
  for (const auto& r : lijst.as_array()) out.push_back(uuid_van(r));
  return out;
}

// ---- Builders -----------------------------------------------------------------

inline constexpr std::string_view kBsn = "296648875";       // passes the 11-proef
inline constexpr std::string_view kBsn2 = "999990019";
inline constexpr std::string_view kKvk = "12345678";

inline boost::json::object bsn_item(std::string_view bsn) {
  return {{"partijIdentificator",
           {{"codeObjecttype", "natuurlijk_persoon"},
            {"codeSoortObjectId", "bsn"},
            {"objectId", bsn},
            {"codeRegister", "brp"}}}};
}

inline boost::json::object kvk_item(std::string_view kvk) {
  return {{"partijIdentificator",
           {{"codeObjecttype", "niet_natuurlijk_persoon"},
            {"codeSoortObjectId", "kvk_nummer"},
            {"objectId", kvk},
            {"codeRegister", "hr"}}}};
}

inline boost::json::object persoon_body(std::string_view voornaam = "Anna",
                                        std::string_view achternaam = "Jansen") {
  return {{"soortPartij", "persoon"},
          {"indicatieActief", true},
          {"partijIdentificatie",
           {{"contactnaam",
             {{"voorletters", "A"}, {"voornaam", voornaam}, {"achternaam", achternaam}}}}}};
}

inline Uuid persoon(Register& reg, std::string_view bsn = {}) {
  auto b = persoon_body();
  if (!bsn.empty()) b["partijIdentificatoren"] = boost::json::array{bsn_item(bsn)};
  return gemaakt(reg.create<Partij>(b));
}

inline Uuid organisatie(Register& reg, std::string_view naam = "Bakkerij De Korenschoof") {
  return gemaakt(reg.create<Partij>(boost::json::object{
      {"soortPartij", "organisatie"},
      {"indicatieActief", true},
      {"partijIdentificatie", {{"naam", naam}}}}));
}

inline boost::json::object klantcontact_body(std::string_view kanaal = "telefoon",
                                             std::string_view onderwerp = "Parkeervergunning") {
  return {{"kanaal", kanaal}, {"onderwerp", onderwerp}, {"taal", "nld"}, {"vertrouwelijk", false}};
}

inline Uuid klantcontact(Register& reg, std::string_view kanaal = "telefoon") {
  return gemaakt(reg.create<Klantcontact>(klantcontact_body(kanaal)));
}

inline Uuid actor(Register& reg, std::string_view naam = "Fatima Yilmaz") {
  return gemaakt(reg.create<Actor>(boost::json::object{
      {"naam", naam},
      {"soortActor", "medewerker"},
      {"actorIdentificatie", {{"functie", "KCC-medewerker"}, {"telefoonnummer", "0701234567"}}}}));
}

inline Uuid betrokkene(Register& reg, const Uuid& kc, const Uuid* partij = nullptr) {
  boost::json::object b{{"hadKlantcontact", ref(kc)}, {"rol", "klant"}, {"initiator", true}};
  if (partij) b["wasPartij"] = ref(*partij);
  return gemaakt(reg.create<Betrokkene>(b));
}

inline boost::json::object adres_body(std::string_view adres, const Uuid* partij,
                                      const Uuid* betrokkene = nullptr,
                                      std::string_view soort = "email") {
  boost::json::object b{{"adres", adres}, {"soortDigitaalAdres", soort}};
  b["verstrektDoorPartij"] = partij ? boost::json::value(ref(*partij)) : nullptr;
  if (betrokkene) b["verstrektDoorBetrokkene"] = ref(*betrokkene);
  return b;
}

inline Uuid digitaal_adres(Register& reg, std::string_view adres, const Uuid* partij,
                           const Uuid* betrokkene = nullptr, std::string_view soort = "email") {
  return gemaakt(reg.create<DigitaalAdres>(adres_body(adres, partij, betrokkene, soort)));
}

inline Uuid interne_taak(Register& reg, const Uuid& kc, const Uuid& actor,
                         std::string_view status = "te_verwerken") {
  return gemaakt(reg.create<InterneTaak>(boost::json::object{
      {"gevraagdeHandeling", "Terugbellen"},
      {"aanleidinggevendKlantcontact", ref(kc)},
      {"toegewezenAanActoren", boost::json::array{ref(actor)}},
      {"status", status}}));
}

inline Antwoord lijst_van(const Register& reg, std::string_view collectie, const Query& q = {}) {
  return reg.list(collectie, q);
}

}  // namespace ki::regtest
