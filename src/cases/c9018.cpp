// C9018 — Klant belt KCC om een product aan te vragen (spec/cases.md §2):
// the parts every case shares and the steps of C9018.

#include "klantinteracties/cases/c9018.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "klantinteracties/json/codec.hpp"
#include "stap.hpp"

namespace ki::cases {

namespace detail {

namespace {

// Empty texts of a group read from the register left out, so that a copy is
// sent as a request would be.
void zonder_lege(Field<std::string>& f) {
  if (f.has_value() && f->empty()) f.reset();
}

}  // namespace

KlantcontactDeel klantcontact_deel(Stap& s, const KlantcontactGegevens& g,
                                   const Uuid& medewerker) {
  KlantcontactDeel d;
  d.klantcontact = s.maak<Klantcontact>("klantcontact", klantcontact_body(g));
  boost::json::object link;
  link["actor"] = ref(medewerker);
  link["klantcontact"] = ref(d.klantcontact);
  d.actorKlantcontact = s.maak<ActorKlantcontact>("actorKlantcontact", link);
  return d;
}

PartijDeel partij_deel(Stap& s, const PartijGegevens& g) {
  PartijDeel d;
  boost::json::object b;
  if (!g.interneNotitie.empty()) b["interneNotitie"] = g.interneNotitie;
  if (!g.partijIdentificatoren.empty()) {
    // Nested: partij and identificatoren in one atomic call (F7554's saga
    // is not needed).
    boost::json::array ids;
    for (const auto& groep : g.partijIdentificatoren) {
      boost::json::object pi;
      pi["partijIdentificator"] = json::encode(groep);
      ids.push_back(std::move(pi));
    }
    b["partijIdentificatoren"] = std::move(ids);
  }
  b["soortPartij"] = "persoon";
  b["indicatieGeheimhouding"] = g.indicatieGeheimhouding;
  if (!g.voorkeurstaal.empty()) b["voorkeurstaal"] = g.voorkeurstaal;
  b["indicatieActief"] = g.indicatieActief;
  if (g.bezoekadres) b["bezoekadres"] = json::encode(*g.bezoekadres);
  if (g.correspondentieadres) b["correspondentieadres"] = json::encode(*g.correspondentieadres);
  boost::json::object persoon;
  persoon["contactnaam"] = json::encode(g.contactnaam);
  b["partijIdentificatie"] = std::move(persoon);
  d.partij = s.maak<Partij>("partij", b);
  if (auto p = s.lees<Partij>(d.partij); p && p->partijIdentificatoren.has_value())
    for (const auto& pi : *p->partijIdentificatoren)
      if (pi.uuid.has_value()) d.partijIdentificatoren.push_back(*pi.uuid);

  for (std::size_t i = 0; i < g.digitaleAdressen.size(); ++i)
    d.digitaleAdressen.push_back(
        s.maak<DigitaalAdres>(fmt::format("partij.digitaleAdressen.{}", i),
                              digitaal_adres_body(g.digitaleAdressen[i], d.partij, std::nullopt)));
  if (g.voorkeursDigitaalAdres) {
    const std::size_t i = *g.voorkeursDigitaalAdres;
    if (i >= g.digitaleAdressen.size()) {
      s.fout("partij.voorkeursDigitaalAdres", "invalid",
             "Het voorkeurs adres moet een gelinkte digitaal adres zijn.");
    } else {
      boost::json::object voorkeur;
      voorkeur["voorkeursDigitaalAdres"] = ref(d.digitaleAdressen[i]);
      s.wijzig<Partij>("partij", d.partij, voorkeur);
    }
  }
  return d;
}

BetrokkeneDeel betrokkene_deel(Stap& s, const Uuid& klantcontact, const BetrokkeneGegevens& g,
                               std::string_view deel) {
  BetrokkeneDeel d;
  boost::json::object b;
  b["wasPartij"] = ref_of_null(g.partij);
  b["hadKlantcontact"] = ref(klantcontact);
  if (g.bezoekadres) b["bezoekadres"] = json::encode(*g.bezoekadres);
  if (g.correspondentieadres) b["correspondentieadres"] = json::encode(*g.correspondentieadres);
  if (g.contactnaam) b["contactnaam"] = json::encode(*g.contactnaam);
  b["rol"] = to_string(g.rol);
  if (!g.organisatienaam.empty()) b["organisatienaam"] = g.organisatienaam;
  b["initiator"] = g.initiator;
  d.betrokkene = s.maak<Betrokkene>(deel, b);
  for (std::size_t i = 0; i < g.digitaleAdressen.size(); ++i)
    d.digitaleAdressen.push_back(
        s.maak<DigitaalAdres>(fmt::format("{}.digitaleAdressen.{}", deel, i),
                              digitaal_adres_body(g.digitaleAdressen[i], std::nullopt, d.betrokkene)));
  return d;
}

KlantRegistratie klant_deel(Stap& s, const Uuid& klantcontact, const Klant& klant) {
  KlantRegistratie r;
  BetrokkeneGegevens g;  // rol klant, initiator: the klant called
  if (const auto* bekend = std::get_if<KlantBekend>(&klant)) {
    g.partij = bekend->partij;
    g.contactnaam = bekend->contactnaam;
    g.digitaleAdressen = bekend->digitaleAdressen;
    auto b = betrokkene_deel(s, klantcontact, g);
    r.betrokkene = b.betrokkene;
    r.partij = bekend->partij;
    r.digitaleAdressen = std::move(b.digitaleAdressen);
  } else if (const auto* nieuw = std::get_if<NieuwePartij>(&klant)) {
    auto p = partij_deel(s, nieuw->partij);
    g.partij = p.partij;
    auto b = betrokkene_deel(s, klantcontact, g);
    r.betrokkene = b.betrokkene;
    r.partij = p.partij;
    r.nieuwePartij = true;
    r.partijIdentificatoren = std::move(p.partijIdentificatoren);
    r.digitaleAdressen = std::move(p.digitaleAdressen);
  } else {
    const auto& alleen = std::get<AlleenContactgegevens>(klant);
    g.contactnaam = alleen.contactnaam;
    g.digitaleAdressen = alleen.digitaleAdressen;
    auto b = betrokkene_deel(s, klantcontact, g);
    r.betrokkene = b.betrokkene;
    r.digitaleAdressen = std::move(b.digitaleAdressen);
  }
  return r;
}

Uuid bijlage_deel(Stap& s, const Uuid& klantcontact, const Objectverwijzing& o) {
  controleer_codes(s, "bijlage.bijlageidentificator", o);
  boost::json::object b;
  b["wasBijlageVanKlantcontact"] = ref(klantcontact);
  b["bijlageidentificator"] = identificator_body(o);
  return s.maak<Bijlage>("bijlage", b);
}

Uuid interne_taak_deel(Stap& s, const Uuid& klantcontact, const InterneTaakGegevens& g,
                       std::string_view deel) {
  boost::json::object b;
  if (!g.referentienummer.empty()) b["referentienummer"] = g.referentienummer;
  b["gevraagdeHandeling"] = g.gevraagdeHandeling;
  b["aanleidinggevendKlantcontact"] = ref(klantcontact);
  boost::json::array actoren;
  for (const auto& a : g.toegewezenAanActoren) actoren.push_back(ref(a));
  b["toegewezenAanActoren"] = std::move(actoren);
  if (!g.toelichting.empty()) b["toelichting"] = g.toelichting;
  b["status"] = "te_verwerken";  // afgehandeldOp stays empty (KI-IT-001)
  return s.maak<InterneTaak>(deel, b);
}

Uuid onderwerpobject_deel(Stap& s, std::string_view deel, const std::optional<Uuid>& klantcontact,
                          const std::optional<Uuid>& wasKlantcontact,
                          const Objectverwijzing* object) {
  boost::json::object b;
  b["klantcontact"] = ref_of_null(klantcontact);
  b["wasKlantcontact"] = ref_of_null(wasKlantcontact);
  if (object) {
    controleer_codes(s, fmt::format("{}.onderwerpobjectidentificator", deel), *object);
    b["onderwerpobjectidentificator"] = identificator_body(*object);
  }
  return s.maak<Onderwerpobject>(deel, b);
}

std::optional<Betrokkene> klant_betrokkene(const Register& reg, const Uuid& klantcontact) {
  const auto kc = reg.vind<Klantcontact>(klantcontact);
  if (!kc) return std::nullopt;
  std::optional<Betrokkene> klant, initiatief, eerste;
  for (const auto& u : uuids(kc->hadBetrokkenen)) {
    auto b = reg.vind<Betrokkene>(u);
    if (!b) continue;
    const bool is_klant = b->rol.has_value() && *b->rol == Rol::klant;
    if (is_klant && b->initiator.value_or(false) && !initiatief) initiatief = b;
    if (is_klant && !klant) klant = b;
    if (!eerste) eerste = b;
  }
  return initiatief ? initiatief : klant ? klant : eerste;
}

BetrokkeneGegevens als_gegevens(const Register& reg, const Betrokkene& b) {
  BetrokkeneGegevens g;
  if (b.wasPartij.has_value() && b.wasPartij->uuid.has_value()) g.partij = *b.wasPartij->uuid;
  auto adres = [](const Field<Adres>& f) -> std::optional<Adres> {
    if (!f.has_value()) return std::nullopt;
    Adres a = *f;
    for (auto* t : {&a.nummeraanduidingId, &a.straatnaam, &a.huisnummertoevoeging, &a.postcode,
                    &a.stad, &a.adresregel1, &a.adresregel2, &a.adresregel3, &a.land})
      zonder_lege(*t);
    if (a.huisnummer.is_null()) a.huisnummer.reset();
    a.unknown.clear();
    if (a == Adres{}) return std::nullopt;
    return a;
  };
  g.bezoekadres = adres(b.bezoekadres);
  g.correspondentieadres = adres(b.correspondentieadres);
  if (b.contactnaam.has_value()) {
    Contactnaam n = *b.contactnaam;
    for (auto* t : {&n.voorletters, &n.voornaam, &n.voorvoegselAchternaam, &n.achternaam})
      zonder_lege(*t);
    n.unknown.clear();
    if (!(n == Contactnaam{})) g.contactnaam = n;
  }
  g.organisatienaam = b.organisatienaam.value_or("");
  if (b.rol.has_value()) g.rol = *b.rol;
  g.initiator = b.initiator.value_or(false);
  for (const auto& u : uuids(b.digitaleAdressen)) {
    auto a = reg.vind<DigitaalAdres>(u);
    if (!a || !a->adres.has_value() || !a->soortDigitaalAdres.has_value()) continue;
    g.digitaleAdressen.push_back(
        {*a->soortDigitaalAdres, *a->adres, a->omschrijving.value_or(""), false});
  }
  return g;
}

}  // namespace detail

namespace {

using detail::zonder_resultaat_bij_fout;

// The one partij of a look-up; none for none or several.
std::optional<Uuid> enige(const std::vector<Uuid>& partijen) {
  if (partijen.size() != 1) return std::nullopt;
  return partijen.front();
}

}  // namespace

KlantcontactStap registreer_klantcontact(Register& reg, const KlantcontactGegevens& gegevens,
                                         const Uuid& medewerker, const Opties& opties) {
  KlantcontactStap r;
  r.antwoord = detail::voer_uit(reg, opties, [&](detail::Stap& s) {
    auto d = detail::klantcontact_deel(s, gegevens, medewerker);
    r.klantcontact = d.klantcontact;
    r.actorKlantcontact = d.actorKlantcontact;
  });
  return zonder_resultaat_bij_fout(std::move(r));
}

std::optional<Uuid> zoek_partij_op_bsn(const Register& reg, std::string_view bsn) {
  return enige(reg.partijen_op_identificator(CodeSoortObjectId::bsn, bsn));
}

std::optional<Uuid> zoek_partij_op_digitaal_adres(const Register& reg, std::string_view adres) {
  return enige(reg.partijen_op_digitaal_adres(adres));
}

std::vector<Uuid> zoek_partijen_op_naam(const Register& reg, std::string_view naam) {
  return reg.partijen_op_naam(naam);
}

PartijStap registreer_partij(Register& reg, const PartijGegevens& gegevens,
                             const Opties& opties) {
  PartijStap r;
  r.antwoord = detail::voer_uit(reg, opties, [&](detail::Stap& s) {
    auto d = detail::partij_deel(s, gegevens);
    r.partij = d.partij;
    r.partijIdentificatoren = std::move(d.partijIdentificatoren);
    r.digitaleAdressen = std::move(d.digitaleAdressen);
  });
  return zonder_resultaat_bij_fout(std::move(r));
}

BetrokkeneStap registreer_betrokkene(Register& reg, const Uuid& klantcontact,
                                     const BetrokkeneGegevens& gegevens, const Opties& opties) {
  BetrokkeneStap r;
  r.antwoord = detail::voer_uit(reg, opties, [&](detail::Stap& s) {
    auto d = detail::betrokkene_deel(s, klantcontact, gegevens);
    r.betrokkene = d.betrokkene;
    r.digitaleAdressen = std::move(d.digitaleAdressen);
  });
  return zonder_resultaat_bij_fout(std::move(r));
}

KlantStap registreer_klant(Register& reg, const Uuid& klantcontact, const Klant& klant,
                           const Opties& opties) {
  KlantStap r;
  r.antwoord = detail::voer_uit(
      reg, opties, [&](detail::Stap& s) { r.klant = detail::klant_deel(s, klantcontact, klant); });
  return zonder_resultaat_bij_fout(std::move(r));
}

BijlageStap registreer_bijlage(Register& reg, const Uuid& klantcontact,
                               const Objectverwijzing& object, const Opties& opties) {
  BijlageStap r;
  r.antwoord = detail::voer_uit(
      reg, opties, [&](detail::Stap& s) { r.bijlage = detail::bijlage_deel(s, klantcontact, object); });
  return zonder_resultaat_bij_fout(std::move(r));
}

InterneTaakStap registreer_interne_taak(Register& reg, const Uuid& klantcontact,
                                        const InterneTaakGegevens& gegevens,
                                        const Opties& opties) {
  InterneTaakStap r;
  r.antwoord = detail::voer_uit(reg, opties, [&](detail::Stap& s) {
    r.interneTaak = detail::interne_taak_deel(s, klantcontact, gegevens);
  });
  return zonder_resultaat_bij_fout(std::move(r));
}

std::optional<boost::json::object> zaakrol_contactpersoon(const Register& reg,
                                                          const Uuid& klantcontact) {
  const auto b = detail::klant_betrokkene(reg, klantcontact);
  if (!b) return std::nullopt;
  std::string naam = b->volledigeNaam.value_or("");
  std::string email, telefoon;
  for (const auto& u : detail::uuids(b->digitaleAdressen)) {
    const auto a = reg.vind<DigitaalAdres>(u);
    if (!a || !a->adres.has_value() || !a->soortDigitaalAdres.has_value()) continue;
    if (*a->soortDigitaalAdres == SoortDigitaalAdres::email && email.empty()) email = *a->adres;
    if (*a->soortDigitaalAdres == SoortDigitaalAdres::telefoonnummer && telefoon.empty())
      telefoon = *a->adres;
  }
  if (naam.empty() && email.empty() && telefoon.empty()) return std::nullopt;
  // ZGW Zaken API, Rol.contactpersoonRol: emailadres, functie, telefoonnummer,
  // naam; what the klant did not give stays out.
  boost::json::object contactpersoon;
  if (!email.empty()) contactpersoon["emailadres"] = email;
  if (!telefoon.empty()) contactpersoon["telefoonnummer"] = telefoon;
  if (!naam.empty()) contactpersoon["naam"] = naam;
  boost::json::object rol;
  rol["contactpersoonRol"] = std::move(contactpersoon);
  return rol;
}

ZaakStap koppel_zaak(Register& reg, const Uuid& klantcontact, const Zaak& zaak,
                     const Opties& opties) {
  ZaakStap r;
  r.antwoord = detail::voer_uit(reg, opties, [&](detail::Stap& s) {
    r.onderwerpobject =
        detail::onderwerpobject_deel(s, "onderwerpobject", klantcontact, std::nullopt, &zaak.zaak);
    // Inside the write: when building it fails, the link is undone as well.
    if (!s.controle() && s.ok() && zaak.contactgegevensAlleenVoorZaak)
      r.zaakrol = zaakrol_contactpersoon(s.reg(), klantcontact);
  });
  return zonder_resultaat_bij_fout(std::move(r));
}

C9018Uitkomst c9018(Register& reg, const C9018Invoer& invoer, const Opties& opties) {
  C9018Uitkomst r;
  r.antwoord = detail::voer_uit(reg, opties, [&](detail::Stap& s) {
    auto kc = detail::klantcontact_deel(s, invoer.klantcontact, invoer.medewerker);
    r.klantcontact = kc.klantcontact;
    r.actorKlantcontact = kc.actorKlantcontact;
    r.klant = detail::klant_deel(s, kc.klantcontact, invoer.klant);
    r.bijlage = detail::bijlage_deel(s, kc.klantcontact, invoer.productaanvraag);
    r.interneTaak.reset();
    if (invoer.interneTaak)
      r.interneTaak = detail::interne_taak_deel(s, kc.klantcontact, *invoer.interneTaak);
    r.onderwerpobject.reset();
    if (invoer.zaak)
      r.onderwerpobject = detail::onderwerpobject_deel(s, "onderwerpobject", kc.klantcontact,
                                                       std::nullopt, &invoer.zaak->zaak);
    // Inside the write: when building it fails, the case is undone as well.
    if (!s.controle() && s.ok() && invoer.zaak && invoer.zaak->contactgegevensAlleenVoorZaak)
      r.zaakrol = zaakrol_contactpersoon(s.reg(), r.klantcontact);
  });
  return zonder_resultaat_bij_fout(std::move(r));
}

}  // namespace ki::cases
