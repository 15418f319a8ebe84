// C0992 (spec/cases.md §3.1) and C9167 (§3.3): a phone call to the KCC,
// answered directly or followed by a call-back request.

#include "klantinteracties/cases/c0992.hpp"
#include "klantinteracties/cases/c9167.hpp"
#include "stap.hpp"

namespace ki::cases {

C0992Uitkomst c0992(Register& reg, const C0992Invoer& invoer, const Opties& opties) {
  C0992Uitkomst r;
  if (!invoer.klant) {
    // Identity not established: an anonymous call without follow-up is not
    // registered.
    r.antwoord = {HttpStatus::ok, nullptr};
    return r;
  }
  r.antwoord = detail::voer_uit(reg, opties, [&](detail::Stap& s) {
    auto kc = detail::klantcontact_deel(s, invoer.klantcontact, invoer.medewerker);
    r.klantcontact = kc.klantcontact;
    r.actorKlantcontact = kc.actorKlantcontact;
    r.klant = detail::klant_deel(s, kc.klantcontact, *invoer.klant);
  });
  r.geregistreerd = r.ok();
  return detail::zonder_resultaat_bij_fout(std::move(r));
}

C9167Uitkomst c9167(Register& reg, const C9167Invoer& invoer, const Opties& opties) {
  C9167Uitkomst r;
  r.antwoord = detail::voer_uit(reg, opties, [&](detail::Stap& s) {
    auto kc = detail::klantcontact_deel(s, invoer.klantcontact, invoer.medewerker);
    r.klantcontact = kc.klantcontact;
    r.actorKlantcontact = kc.actorKlantcontact;
    r.interneTaak = detail::interne_taak_deel(s, kc.klantcontact, invoer.terugbelverzoek);
    r.klant = detail::klant_deel(s, kc.klantcontact, invoer.klant);
  });
  return detail::zonder_resultaat_bij_fout(std::move(r));
}

}  // namespace ki::cases
