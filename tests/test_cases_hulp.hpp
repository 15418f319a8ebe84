#pragma once
// Shared by the tests/test_cases_*.cpp files: a register with a fixed clock,
// the actors and the known partij the cases start from, and checks of the
// stored objects and their links.

#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "klantinteracties/cases/cases.hpp"
#include "klantinteracties/json/scalars.hpp"

namespace ki::test {

inline constexpr std::string_view kBasis = "https://openklant.example.nl";
// The register's clock: every server-filled moment (toegewezenOp,
// afgehandeldOp) is this one.
inline constexpr std::string_view kNu = "2023-03-01T09:12:00Z";
inline constexpr std::string_view kBekendeBsn = "296648875";

inline std::chrono::system_clock::time_point nu() {
  using namespace std::chrono;
  return sys_days{year{2023} / March / 1} + hours{9} + minutes{12};
}

// A created resource's uuid (fails the test on anything else).
inline Uuid gemaakt(const Antwoord& a) {
  REQUIRE_MESSAGE(a.status == HttpStatus::created, boost::json::serialize(a.body));
  return *json::parse_uuid(std::string_view(a.body.at("uuid").get_string()));
}

// The register every case test starts from: a KCC employee, a team
// (organisatorische eenheid), and a known partij (BSN 296648875) with a
// phone number and an e-mail address, the phone number its voorkeur.
struct Omgeving {
  Register reg{{.base_url = std::string(kBasis), .klok = nu}};
  Uuid medewerker{}, team{}, collega{}, partij{}, partij_telefoon{}, partij_email{};

  Omgeving() {
    medewerker = gemaakt(reg.create<Actor>(boost::json::parse(R"({
      "naam": "Fatima Yilmaz", "soortActor": "medewerker", "indicatieActief": true,
      "actorIdentificatie": {"functie": "KCC-medewerker", "emailadres": "f.yilmaz@gemeente.example.nl",
                             "telefoonnummer": "0701234567"}})")));
    team = gemaakt(reg.create<Actor>(boost::json::parse(R"({
      "naam": "Team Parkeren", "soortActor": "organisatorische_eenheid", "indicatieActief": true,
      "actorIdentificatie": {"omschrijving": "Behandelt parkeervergunningen",
                             "emailadres": "parkeren@gemeente.example.nl", "telefoonnummer": "0707654321"}})")));
    collega = gemaakt(reg.create<Actor>(boost::json::parse(R"({
      "naam": "Pieter Bakker", "soortActor": "medewerker", "indicatieActief": true,
      "actorIdentificatie": {"functie": "Vergunningverlener", "emailadres": "p.bakker@gemeente.example.nl",
                             "telefoonnummer": "0701234568"}})")));
    partij = gemaakt(reg.create<Partij>(boost::json::parse(R"({
      "soortPartij": "persoon", "indicatieActief": true, "indicatieGeheimhouding": false,
      "voorkeurstaal": "nld",
      "partijIdentificatie": {"contactnaam": {"voorletters": "A", "voornaam": "Anna", "achternaam": "Jansen"}},
      "partijIdentificatoren": [{"partijIdentificator": {"codeRegister": "brp",
        "codeObjecttype": "natuurlijk_persoon", "codeSoortObjectId": "bsn", "objectId": "296648875"}}]})")));
    auto adres = [&](std::string_view soort, std::string_view waarde) {
      boost::json::object b;
      b["verstrektDoorBetrokkene"] = nullptr;
      b["verstrektDoorPartij"] = {{"uuid", json::format_uuid(partij)}};
      b["adres"] = waarde;
      b["soortDigitaalAdres"] = soort;
      b["isStandaardAdres"] = true;
      return gemaakt(reg.create<DigitaalAdres>(b));
    };
    partij_email = adres("email", "anna.jansen@example.nl");
    partij_telefoon = adres("telefoonnummer", "0687654321");
    boost::json::object voorkeur;
    voorkeur["voorkeursDigitaalAdres"] = {{"uuid", json::format_uuid(partij_telefoon)}};
    REQUIRE(reg.patch<Partij>(partij, voorkeur).ok());
  }

  template <class T>
  T vind(const Uuid& u) const {
    auto obj = reg.vind<T>(u);
    REQUIRE_MESSAGE(obj.has_value(), json::format_uuid(u));
    return *obj;
  }
  template <class T>
  bool bestaat(const Uuid& u) const {
    return reg.vind<T>(u).has_value();
  }
};

// The uuid a reference points at (nil for null or absent).
template <class X>
Uuid naar(const Field<Ref<X>>& r) {
  return r.has_value() && r->uuid.has_value() ? *r->uuid : Uuid{};
}

template <class X>
std::vector<Uuid> naar(const Field<std::vector<Ref<X>>>& lijst) {
  std::vector<Uuid> out;
  if (lijst.has_value())
    for (const auto& r : *lijst) out.push_back(r.uuid.has_value() ? *r.uuid : Uuid{});
  return out;
}

inline bool bevat(const std::vector<Uuid>& lijst, const Uuid& u) {
  return std::find(lijst.begin(), lijst.end(), u) != lijst.end();
}

// The invalidParams names of an answer.
inline std::vector<std::string> namen(const Antwoord& a) {
  std::vector<std::string> out;
  for (const auto& p : a.invalid_params()) out.push_back(p.name);
  return out;
}

inline bool heeft_naam(const Antwoord& a, std::string_view naam) {
  for (const auto& p : a.invalid_params())
    if (p.name == naam) return true;
  return false;
}

// The error document as the register writes it.
inline void check_fout_document(const Antwoord& a) {
  CHECK(a.status == HttpStatus::invalid);
  REQUIRE(a.body.is_object());
  CHECK(a.body.at("type").as_string() ==
        std::string(kBasis) + "/ref/fouten/ValidationError/");
  CHECK(a.body.at("status").to_number<int>() == 400);
  CHECK_FALSE(a.invalid_params().empty());
}

inline std::string tekst(const Field<DateTime>& t) {
  return t.has_value() ? json::format_date_time(*t) : std::string("null");
}

// The klantcontact input of the C9018 tests.
inline cases::KlantcontactGegevens productaanvraag_gesprek() {
  cases::KlantcontactGegevens g;
  g.referentienummer = "23009182";
  g.onderwerp = "Productaanvraag";
  g.inhoud = "Klant vraagt telefonisch een parkeervergunning voor bewoners aan.";
  g.plaatsgevondenOp = json::parse_date_time("2023-03-01T10:00:00+01:00");
  return g;
}

inline Contactnaam naam(std::string_view voorletters, std::string_view voornaam,
                        std::string_view voorvoegsel, std::string_view achternaam) {
  Contactnaam n;
  if (!voorletters.empty()) n.voorletters = std::string(voorletters);
  if (!voornaam.empty()) n.voornaam = std::string(voornaam);
  if (!voorvoegsel.empty()) n.voorvoegselAchternaam = std::string(voorvoegsel);
  if (!achternaam.empty()) n.achternaam = std::string(achternaam);
  return n;
}

inline cases::DigitaalAdresGegevens telefoon(std::string_view nummer, bool standaard = false) {
  return {SoortDigitaalAdres::telefoonnummer, std::string(nummer), "", standaard};
}
inline cases::DigitaalAdresGegevens email(std::string_view adres, bool standaard = false) {
  return {SoortDigitaalAdres::email, std::string(adres), "", standaard};
}

// Variant B1's new partij: Jan de Vries, BSN 999990019, two addresses, the
// phone number as voorkeur.
inline cases::PartijGegevens jan_de_vries() {
  cases::PartijGegevens p;
  p.contactnaam = naam("J", "Jan", "de", "Vries");
  Adres bezoek;
  bezoek.nummeraanduidingId = "0518200000637599";
  bezoek.straatnaam = "Spui";
  bezoek.huisnummer = 70;
  bezoek.postcode = "2511 BT";
  bezoek.stad = "Den Haag";
  bezoek.land = "NL";
  p.bezoekadres = bezoek;
  Adres post;
  post.adresregel1 = "Postbus 12600";
  post.adresregel2 = "2500 DJ Den Haag";
  post.land = "NL";
  p.correspondentieadres = post;
  p.partijIdentificatoren = {cases::bsn("999990019")};
  p.digitaleAdressen = {telefoon("0612345678", true), email("jan.devries@example.nl", true)};
  p.voorkeursDigitaalAdres = 0;
  return p;
}

inline Uuid naam_uuid(std::string_view s) {
  // A fixed uuid for an object outside Klantinteracties (zaak, product request).
  std::string hex;
  for (char c : s) hex += fmt::format("{:02x}", static_cast<unsigned char>(c));
  hex.resize(32, '0');
  return *json::parse_uuid(hex);
}

}  // namespace ki::test
