// Interne taken from te_verwerken to verwerkt: C2984 (spec/cases.md §3.4),
// C9708 (§3.13) and C2716 (§3.12).

#include "klantinteracties/cases/interne_taken.hpp"

#include <fmt/format.h>

#include <variant>

#include "klantinteracties/json/codec.hpp"
#include "stap.hpp"

namespace ki::cases {

namespace {

using detail::Stap;

constexpr std::string_view kAlVerwerkt = "De interne taak is al verwerkt.";
constexpr std::string_view kVereist = "Dit veld is vereist.";

// F5241: the task to verwerkt; the register fills afgehandeldOp. Always the
// step's last write.
void sluit_taak(Stap& s, const Uuid& taak, const std::string& toelichting) {
  const auto t = s.lees_verplicht<InterneTaak>(taak);
  if (!t) return;
  if (t->status.has_value() && *t->status == Status::verwerkt) {
    s.fout("interneTaak.status", "invalid", std::string(kAlVerwerkt));
    return;
  }
  boost::json::object patch;
  patch["status"] = "verwerkt";
  if (!toelichting.empty()) patch["toelichting"] = toelichting;
  s.wijzig<InterneTaak>("interneTaak", taak, patch);
}

std::string partij_naam(const Partij& p) {
  if (!p.partijIdentificatie.has_value()) return {};
  return std::visit(
      [](const auto& d) -> std::string {
        using D = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<D, Organisatie>)
          return d.naam.value_or("");
        else
          return d.volledigeNaam.value_or("");
      },
      *p.partijIdentificatie);
}

// The partij's address of one soort: its voorkeursDigitaalAdres, else a
// standaard adres, else the first.
std::string partij_adres(const Register& reg, const Partij& p, SoortDigitaalAdres soort) {
  std::vector<DigitaalAdres> adressen;
  for (const auto& u : detail::uuids(p.digitaleAdressen))
    if (auto a = reg.vind<DigitaalAdres>(u);
        a && a->soortDigitaalAdres.has_value() && *a->soortDigitaalAdres == soort &&
        a->adres.has_value())
      adressen.push_back(std::move(*a));
  if (adressen.empty()) return {};
  if (p.voorkeursDigitaalAdres.has_value() && p.voorkeursDigitaalAdres->uuid.has_value())
    for (const auto& a : adressen)
      if (*a.uuid == *p.voorkeursDigitaalAdres->uuid) return *a.adres;
  for (const auto& a : adressen)
    if (a.isStandaardAdres.value_or(false)) return *a.adres;
  return *adressen.front().adres;
}

TaakafhandelingUitkomst handel_taak_af(Register& reg, const Taakafhandeling& invoer,
                                       const Opties& opties, bool antwoord_vereist,
                                       bool zaak_vereist) {
  TaakafhandelingUitkomst r;
  r.antwoord = detail::voer_uit(reg, opties, [&](Stap& s) {
    r = TaakafhandelingUitkomst{};
    if (antwoord_vereist && !invoer.antwoord) s.fout("antwoord", "required", std::string(kVereist));
    if (zaak_vereist && !invoer.zaak) s.fout("zaak", "required", std::string(kVereist));
    const auto taak = s.lees_verplicht<InterneTaak>(invoer.interneTaak);
    if (!taak) return;
    if (taak->status.has_value() && *taak->status == Status::verwerkt) {
      s.fout("interneTaak.status", "invalid", std::string(kAlVerwerkt));
      return;
    }
    r.interneTaak = invoer.interneTaak;
    const Uuid vraag = *taak->aanleidinggevendKlantcontact->uuid;

    // C2716: the zaak, linked to the klantcontact the task came from.
    if (invoer.zaak)
      r.zaakOnderwerpobject =
          detail::onderwerpobject_deel(s, "zaakOnderwerpobject", vraag, std::nullopt, &*invoer.zaak);

    // The answer: a new klantcontact, the betrokkenen copied with initiator
    // false, and the onderwerpobject question -> answer.
    std::optional<Uuid> antwoord;
    if (invoer.antwoord) {
      auto kc = detail::klantcontact_deel(s, *invoer.antwoord, invoer.medewerker);
      antwoord = kc.klantcontact;
      r.klantcontact = kc.klantcontact;
      r.actorKlantcontact = kc.actorKlantcontact;
      if (const auto origineel = s.lees<Klantcontact>(vraag)) {
        std::size_t i = 0;
        for (const auto& u : detail::uuids(origineel->hadBetrokkenen)) {
          const auto b = s.lees<Betrokkene>(u);
          if (!b) continue;
          auto gegevens = detail::als_gegevens(reg, *b);
          gegevens.initiator = false;
          auto kopie = detail::betrokkene_deel(s, kc.klantcontact, gegevens,
                                               fmt::format("betrokkenen.{}", i++));
          r.betrokkenen.push_back(kopie.betrokkene);
          r.digitaleAdressen.insert(r.digitaleAdressen.end(), kopie.digitaleAdressen.begin(),
                                    kopie.digitaleAdressen.end());
        }
      }
      r.onderwerpobject =
          detail::onderwerpobject_deel(s, "onderwerpobject", kc.klantcontact, vraag, nullptr);
    }

    // Variant B: follow-up by a colleague.
    if (invoer.vervolgtaak)
      r.vervolgtaak =
          detail::interne_taak_deel(s, antwoord.value_or(vraag), *invoer.vervolgtaak, "vervolgtaak");

    sluit_taak(s, invoer.interneTaak, invoer.toelichting);
  });
  return detail::zonder_resultaat_bij_fout(std::move(r));
}

}  // namespace

std::vector<InterneTaak> open_interne_taken(const Register& reg, const Uuid& actor) {
  std::vector<InterneTaak> taken;
  for (int pagina = 1;; ++pagina) {
    const Antwoord a = reg.list<InterneTaak>({{"status", "te_verwerken"},
                                              {"toegewezenAanActor__uuid", detail::tekst(actor)},
                                              {"page", std::to_string(pagina)},
                                              {"pageSize", "500"}});
    if (!a.ok() || !a.body.is_object()) break;
    const auto& o = a.body.get_object();
    for (const auto& item : o.at("results").get_array()) {
      auto d = json::decode<InterneTaak>(item);
      if (d.ok()) taken.push_back(std::move(d.value));
    }
    if (o.at("next").is_null()) break;
  }
  return taken;
}

Contactgegevens contactgegevens_bij_klantcontact(const Register& reg, const Uuid& klantcontact) {
  Contactgegevens c;
  const auto b = detail::klant_betrokkene(reg, klantcontact);
  if (!b) return c;
  c.betrokkene = *b->uuid;
  c.naam = b->volledigeNaam.value_or("");
  for (const auto& u : detail::uuids(b->digitaleAdressen)) {
    const auto a = reg.vind<DigitaalAdres>(u);
    if (!a || !a->adres.has_value() || !a->soortDigitaalAdres.has_value()) continue;
    if (*a->soortDigitaalAdres == SoortDigitaalAdres::telefoonnummer && c.telefoonnummer.empty())
      c.telefoonnummer = *a->adres;
    if (*a->soortDigitaalAdres == SoortDigitaalAdres::email && c.emailadres.empty())
      c.emailadres = *a->adres;
  }
  if (!b->wasPartij.has_value() || !b->wasPartij->uuid.has_value()) return c;
  c.partij = *b->wasPartij->uuid;
  const auto p = reg.vind<Partij>(*c.partij);
  if (!p) return c;
  auto vul = [&](std::string& veld, std::string waarde) {
    if (!veld.empty() || waarde.empty()) return;
    veld = std::move(waarde);
    c.vanPartij = true;
  };
  vul(c.naam, partij_naam(*p));
  vul(c.telefoonnummer, partij_adres(reg, *p, SoortDigitaalAdres::telefoonnummer));
  vul(c.emailadres, partij_adres(reg, *p, SoortDigitaalAdres::email));
  return c;
}

TaakStap rond_taak_af(Register& reg, const Uuid& interneTaak, const std::string& toelichting,
                      const Opties& opties) {
  TaakStap r;
  r.antwoord = detail::voer_uit(reg, opties, [&](Stap& s) {
    sluit_taak(s, interneTaak, toelichting);
    r.interneTaak = interneTaak;
  });
  return detail::zonder_resultaat_bij_fout(std::move(r));
}

C2984Uitkomst c2984(Register& reg, const Uuid& interneTaak, const std::string& toelichting,
                    const Opties& opties) {
  C2984Uitkomst r;
  r.antwoord = detail::voer_uit(reg, opties, [&](Stap& s) {
    const auto taak = s.lees_verplicht<InterneTaak>(interneTaak);
    if (!taak) return;
    r.interneTaak = interneTaak;
    r.klantcontact = *taak->aanleidinggevendKlantcontact->uuid;
    sluit_taak(s, interneTaak, toelichting);
  });
  if (r.ok()) r.contactgegevens = contactgegevens_bij_klantcontact(reg, r.klantcontact);
  return detail::zonder_resultaat_bij_fout(std::move(r));
}

TaakafhandelingUitkomst c9708(Register& reg, const Taakafhandeling& invoer,
                              const Opties& opties) {
  return handel_taak_af(reg, invoer, opties, true, false);
}

TaakafhandelingUitkomst c2716(Register& reg, const Taakafhandeling& invoer,
                              const Opties& opties) {
  return handel_taak_af(reg, invoer, opties, false, true);
}

}  // namespace ki::cases
