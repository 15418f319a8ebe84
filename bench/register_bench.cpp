// The register at size: n partijen (a BSN identificator, an e-mail address
// and a phone number each) and n klantcontacten with a betrokkene linking
// them; build time and memory, list lookups, and C9018 flows.

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <random>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "bench.hpp"
#include "klantinteracties/cases/c9018.hpp"
#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/register/register.hpp"

namespace bench {
namespace {

constexpr std::array voornamen = {"Anna", "Jan", "Sanne", "Pieter", "Fatima", "Mohammed", "Emma",
                                  "Daan", "Sophie", "Lucas", "Julia", "Sem", "Noor", "Milan",
                                  "Lotte", "Bram", "Eva", "Thijs", "Yara", "Kees", "Ingrid"};
constexpr std::array achternamen = {"Jong", "Jansen", "Vries", "Bakker", "Visser", "Smit",
                                    "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks",
                                    "Dekker", "Brouwer", "Dijk", "Berg", "Wal", "Kaya", "Yilmaz",
                                    "Koster", "Veenstra", "Hoekstra", "Postma", "Schouten"};
constexpr std::array steden = {"Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Zwolle"};

// The i-th BSN passing the 11-proef: 8 digits counted up, the check digit
// computed, prefixes whose check digit would be 10 skipped.
struct BsnTeller {
  long prefix = 10000000;
  std::string volgende() {
    for (;; ++prefix) {
      const std::string s = std::to_string(prefix);
      int som = 0;
      for (int i = 0; i < 8; ++i) som += (9 - i) * (s[i] - '0');
      if (som % 11 < 10) {
        ++prefix;
        return s + static_cast<char>('0' + som % 11);
      }
    }
  }
};

// Voornaam and a double achternaam: about 12,000 distinct names.
struct Naam {
  std::string voornaam, achternaam;
};
Naam naam_van(std::size_t i) {
  return {voornamen[i % voornamen.size()],
          std::string(achternamen[(i / voornamen.size()) % achternamen.size()]) + "-" +
              achternamen[(i / (voornamen.size() * achternamen.size())) % achternamen.size()]};
}

std::string email_van(std::size_t i) { return "klant" + std::to_string(i) + "@example.nl"; }

ki::Uuid uuid_van(const ki::Antwoord& a) {
  if (a.status != ki::HttpStatus::created)
    throw std::runtime_error("register refused: " + boost::json::serialize(a.body));
  return *ki::json::parse_uuid(std::string_view(a.body.at("uuid").as_string()));
}

boost::json::object ref(const ki::Uuid& u) { return {{"uuid", ki::json::format_uuid(u)}}; }

// Median and 99th percentile, in microseconds, of `query(i)` over samples.
template <class F>
boost::json::object latentie(std::string_view wat, std::size_t monsters, std::size_t n, F&& query) {
  const auto aantal = [](const auto& a) -> std::size_t {
    if constexpr (std::is_same_v<std::decay_t<decltype(a)>, ki::Antwoord>)
      return static_cast<std::size_t>(a.body.at("count").template to_number<double>());
    else
      return a.size();
  };
  std::mt19937_64 rng(42);
  std::vector<double> us;
  std::size_t treffers = 0;
  for (std::size_t k = 0; k < monsters; ++k) {
    const std::size_t i = rng() % n;
    const auto start = Klok::now();
    const auto a = query(i);
    us.push_back(seconden(start) * 1e6);
    treffers += aantal(a);
  }
  std::sort(us.begin(), us.end());
  return {{"metric", wat},
          {"median_us", us[us.size() / 2]},
          {"p99_us", us[std::min(us.size() - 1, us.size() * 99 / 100)]},
          {"samples", monsters},
          {"mean_hits", static_cast<double>(treffers) / static_cast<double>(monsters)}};
}

// The same for a typed look-up by key: the sample keys are made before the
// clock runs, so only the look-up is timed.
template <class F>
boost::json::object latentie_op_sleutel(std::string_view wat, std::size_t monsters, std::size_t n,
                                        const std::function<std::string(std::size_t)>& sleutel,
                                        F&& query) {
  std::mt19937_64 rng(43);
  std::vector<std::string> sleutels;
  for (std::size_t k = 0; k < monsters; ++k) sleutels.push_back(sleutel(rng() % n));
  std::size_t k = 0;
  return latentie(wat, monsters, n, [&](std::size_t) { return query(sleutels[k++]); });
}

}  // namespace

int register_meting(std::size_t n) {
  const auto nu = [] { return std::chrono::system_clock::time_point(std::chrono::hours(474000)); };
  ki::Register reg({.base_url = "https://openklant.example.nl", .klok = nu});
  const std::size_t rss_leeg = huidige_rss();

  // Partijen, each with its BSN and two digitale adressen.
  BsnTeller bsns;
  std::vector<ki::Uuid> partijen;
  std::vector<std::string> bsn_van;
  partijen.reserve(n);
  bsn_van.reserve(n);
  const auto start = Klok::now();
  for (std::size_t i = 0; i < n; ++i) {
    const Naam nm = naam_van(i);
    bsn_van.push_back(bsns.volgende());
    const boost::json::value partij = {
        {"soortPartij", "persoon"}, {"indicatieActief", true}, {"indicatieGeheimhouding", false},
        {"voorkeurstaal", "nld"},
        {"bezoekadres", {{"straatnaam", "Kerkstraat"}, {"huisnummer", 1 + i % 400},
                         {"postcode", "1234 AB"}, {"stad", steden[i % steden.size()]}, {"land", "NL"}}},
        {"partijIdentificatie", {{"contactnaam", {{"voorletters", nm.voornaam.substr(0, 1) + "."},
                                                  {"voornaam", nm.voornaam},
                                                  {"achternaam", nm.achternaam}}}}},
        {"partijIdentificatoren", {{{"partijIdentificator", {{"codeRegister", "brp"},
                                                             {"codeObjecttype", "natuurlijk_persoon"},
                                                             {"codeSoortObjectId", "bsn"},
                                                             {"objectId", bsn_van.back()}}}}}}};
    const ki::Uuid p = uuid_van(reg.create<ki::Partij>(partij));
    partijen.push_back(p);
    const std::string telefoon = "06" + std::to_string(10000000 + i % 90000000);
    for (const auto& [soort, adres] : {std::pair<std::string, std::string>{"email", email_van(i)},
                                       {"telefoonnummer", telefoon}}) {
      uuid_van(reg.create<ki::DigitaalAdres>(boost::json::value{
          {"verstrektDoorPartij", ref(p)}, {"adres", adres}, {"soortDigitaalAdres", soort},
          {"isStandaardAdres", true}}));
    }
  }
  const double partijen_s = seconden(start);
  const std::size_t rss_partijen = huidige_rss();

  // Klantcontacten, each with the betrokkene linking its partij.
  const auto start_kc = Klok::now();
  for (std::size_t i = 0; i < n; ++i) {
    const Naam nm = naam_van(i);
    const ki::Uuid kc = uuid_van(reg.create<ki::Klantcontact>(boost::json::value{
        {"kanaal", "telefoon"}, {"onderwerp", "Aanvraag parkeervergunning"},
        {"inhoud", "Klant vraagt naar de status van de aanvraag."}, {"taal", "nld"},
        {"vertrouwelijk", false}, {"indicatieContactGelukt", true},
        {"plaatsgevondenOp", "2024-03-01T10:00:00Z"}}));
    uuid_van(reg.create<ki::Betrokkene>(boost::json::value{
        {"wasPartij", ref(partijen[i])}, {"hadKlantcontact", ref(kc)}, {"rol", "klant"},
        {"initiator", true},
        {"contactnaam", {{"voornaam", nm.voornaam}, {"achternaam", nm.achternaam}}}}));
  }
  const double kc_s = seconden(start_kc);
  const std::size_t rss_vol = huidige_rss();
  print({{"metric", "build"}, {"n", n}, {"partijen_seconds", partijen_s},
         {"klantcontacten_seconds", kc_s}, {"rss_empty", rss_leeg},
         {"rss_after_partijen", rss_partijen}, {"rss_after_klantcontacten", rss_vol},
         {"peak_rss", piek_rss()}});

  const std::size_t monsters = std::min<std::size_t>(20000, std::max<std::size_t>(n, 200));
  print(latentie("lookup_bsn", monsters, n, [&](std::size_t i) {
    return reg.list<ki::Partij>({{"partijIdentificator__codeSoortObjectId", "bsn"},
                                 {"partijIdentificator__objectId", bsn_van[i]}});
  }));
  print(latentie("lookup_email", monsters, n, [&](std::size_t i) {
    return reg.list<ki::DigitaalAdres>({{"adres", email_van(i)}});
  }));
  // The same two through the register's typed look-ups: the uuids from the
  // indexes, without rendering the API's page.
  print(latentie_op_sleutel(
      "lookup_bsn_typed", monsters, n, [&](std::size_t i) { return bsn_van[i]; },
      [&](const std::string& bsn) { return reg.partijen_op_identificator(ki::CodeSoortObjectId::bsn, bsn); }));
  print(latentie_op_sleutel(
      "lookup_email_typed", monsters, n, [&](std::size_t i) { return email_van(i); },
      [&](const std::string& adres) { return reg.digitale_adressen_op_adres(adres); }));
  // By naam: the register's name index on partijen (Open Klant's API has no
  // name filter on partijen), and the API's name filters on betrokkenen
  // (contactnaam*), unindexed: fewer samples.
  print(latentie_op_sleutel(
      "lookup_naam_partij", monsters, n,
      [&](std::size_t i) {
        const Naam nm = naam_van(i);
        return nm.voornaam + " " + nm.achternaam;
      },
      [&](const std::string& naam) { return reg.partijen_op_naam(naam); }));
  const std::size_t naam_monsters = std::clamp<std::size_t>(20000000 / n, 50, 200);
  print(latentie("lookup_naam", naam_monsters, n, [&](std::size_t i) {
    const Naam nm = naam_van(i);
    return reg.list<ki::Betrokkene>(
        {{"contactnaamVoornaam", nm.voornaam}, {"contactnaamAchternaam", nm.achternaam}});
  }));

  // C9018, variant A: the klant is found by BSN, then the whole case in one
  // call (klantcontact, actor, betrokkene, bijlage).
  const ki::Uuid medewerker = uuid_van(reg.create<ki::Actor>(boost::json::parse(R"({
      "naam": "Fatima Yilmaz", "soortActor": "medewerker", "indicatieActief": true,
      "actorIdentificatie": {"functie": "KCC-medewerker", "telefoonnummer": "0701234567"}})")));
  const std::size_t flows = std::min<std::size_t>(n, 5000);
  std::mt19937_64 rng(7);
  const auto start_c9018 = Klok::now();
  for (std::size_t k = 0; k < flows; ++k) {
    const auto partij = ki::cases::zoek_partij_op_bsn(reg, bsn_van[rng() % n]);
    if (!partij) throw std::runtime_error("C9018: partij not found by BSN");
    ki::cases::C9018Invoer in;
    in.medewerker = medewerker;
    in.klantcontact.onderwerp = "Productaanvraag";
    in.klantcontact.inhoud = "Klant vraagt een parkeervergunning aan.";
    ki::cases::KlantBekend bekend;
    bekend.partij = *partij;
    in.klant = std::move(bekend);
    in.productaanvraag = ki::cases::productaanvraag(partijen[k % n]);
    const auto r = ki::cases::c9018(reg, in);
    if (!r.ok()) throw std::runtime_error("C9018 failed: " + boost::json::serialize(r.antwoord.body));
  }
  const double c9018_s = seconden(start_c9018);
  print({{"metric", "c9018"}, {"flows", flows}, {"seconds", c9018_s},
         {"per_second", static_cast<double>(flows) / c9018_s}});
  print({{"metric", "process"}, {"peak_rss", piek_rss()}});
  return 0;
}

}  // namespace bench
