#pragma once
// The machinery of a case step (private): every step runs twice. First in
// the check phase (Fase::controle): each part is validated as the register
// would validate it, objects still to be created are stood in for by
// placeholders, and all errors are collected. Only when everything passed,
// the write phase (Fase::schrijven) writes the parts, in one
// Register::transactie: when a write fails, nothing of the step stays.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "klantinteracties/cases/c9018.hpp"

namespace ki::cases::detail {

std::string tekst(const Uuid& u);
// A reference in a request: {"uuid": "…"}.
boost::json::object ref(const Uuid& u);
// A reference, or JSON null when there is none.
boost::json::value ref_of_null(const std::optional<Uuid>& u);
// The uuid member of a resource as the register renders it.
std::optional<Uuid> uuid_van(const boost::json::value& resource);
// The uuids of a list of references.
template <class X>
std::vector<Uuid> uuids(const Field<std::vector<Ref<X>>>& lijst) {
  std::vector<Uuid> out;
  if (lijst.has_value())
    for (const auto& r : *lijst)
      if (r.uuid.has_value()) out.push_back(*r.uuid);
  return out;
}

class Opzoeker;

class Stap {
public:
  enum class Fase { controle, schrijven };

  Stap(Register& reg, const Opties& opties, Fase fase);
  ~Stap();
  Stap(const Stap&) = delete;
  Stap& operator=(const Stap&) = delete;

  Register& reg() const { return reg_; }
  const Opties& opties() const { return opties_; }
  bool controle() const { return fase_ == Fase::controle; }
  // No error so far (in the write phase: the remaining writes are skipped
  // after the first error).
  bool ok() const { return !register_fout_ && fouten_.empty(); }

  // POST of one part, its errors named `deel.…`. Check phase: validates and
  // returns a placeholder uuid that later parts may refer to. Write phase:
  // creates and returns the new uuid (nil after an error).
  template <class T>
  Uuid maak(std::string_view deel, const boost::json::value& body);
  // PATCH of one part.
  template <class T>
  void wijzig(std::string_view deel, const Uuid& uuid, const boost::json::value& body);
  // The object as the register renders it (check phase: or the placeholder's
  // validated value).
  template <class T>
  std::optional<T> lees(const Uuid& uuid) const;
  // Reads an object the step needs; when it does not exist, the step fails
  // with the register's 404.
  template <class T>
  std::optional<T> lees_verplicht(const Uuid& uuid);

  // An error of the case itself, named as a part's.
  void fout(std::string naam, std::string code, std::string reden);

  // 201 (null body), or the error document.
  Antwoord antwoord() const;

private:
  Register& reg_;
  Opties opties_;
  Fase fase_;
  std::unique_ptr<Opzoeker> opzoeker_;
  InvalidParams fouten_;
  std::optional<Antwoord> register_fout_;
};

// Runs `stappen(Stap&)` in the check phase and, when that found no error, in
// the write phase; returns the step's answer. `stappen` stores its results
// in its captures; the write phase's values are the ones that count.
template <class F>
Antwoord voer_uit(Register& reg, const Opties& opties, F&& stappen) {
  {
    Stap controle(reg, opties, Stap::Fase::controle);
    stappen(controle);
    if (!controle.ok()) return controle.antwoord();
  }
  return reg.transactie([&](Register& r) {
    Stap s(r, opties, Stap::Fase::schrijven);
    stappen(s);
    return s.antwoord();
  });
}

// ---- request bodies ----------------------------------------------------------

boost::json::object klantcontact_body(const KlantcontactGegevens& g);
boost::json::object digitaal_adres_body(const DigitaalAdresGegevens& g,
                                        const std::optional<Uuid>& partij,
                                        const std::optional<Uuid>& betrokkene);
boost::json::object identificator_body(const Objectverwijzing& o);

// ---- the parts, shared by the cases (each names its objects' parts) --------------

struct KlantcontactDeel {
  Uuid klantcontact{};
  Uuid actorKlantcontact{};
};
KlantcontactDeel klantcontact_deel(Stap& s, const KlantcontactGegevens& g, const Uuid& medewerker);

struct PartijDeel {
  Uuid partij{};
  std::vector<Uuid> partijIdentificatoren;
  std::vector<Uuid> digitaleAdressen;
};
PartijDeel partij_deel(Stap& s, const PartijGegevens& g);

struct BetrokkeneDeel {
  Uuid betrokkene{};
  std::vector<Uuid> digitaleAdressen;
};
BetrokkeneDeel betrokkene_deel(Stap& s, const Uuid& klantcontact, const BetrokkeneGegevens& g,
                               std::string_view deel = "betrokkene");

KlantRegistratie klant_deel(Stap& s, const Uuid& klantcontact, const Klant& klant);

// Checks the identificator's codes against the reference lists when
// Opties::codes_uit_referentielijsten asks for it.
void controleer_codes(Stap& s, std::string_view deel, const Objectverwijzing& o);

Uuid bijlage_deel(Stap& s, const Uuid& klantcontact, const Objectverwijzing& o);
Uuid interne_taak_deel(Stap& s, const Uuid& klantcontact, const InterneTaakGegevens& g,
                       std::string_view deel = "interneTaak");
// An onderwerpobject of `klantcontact` about `object` (a zaak), or linking
// `wasKlantcontact`.
Uuid onderwerpobject_deel(Stap& s, std::string_view deel, const std::optional<Uuid>& klantcontact,
                          const std::optional<Uuid>& wasKlantcontact,
                          const Objectverwijzing* object);

// The klant's betrokkene at a klantcontact: rol klant and initiator, else
// rol klant, else the first.
std::optional<Betrokkene> klant_betrokkene(const Register& reg, const Uuid& klantcontact);
// A stored betrokkene as input for a copy (its own digitale adressen too).
BetrokkeneGegevens als_gegevens(const Register& reg, const Betrokkene& b);

// A failed step stored nothing: its result carries no uuids either.
template <class R>
R zonder_resultaat_bij_fout(R r) {
  if (r.ok()) return r;
  R leeg;
  leeg.antwoord = std::move(r.antwoord);
  return leeg;
}

}  // namespace ki::cases::detail
