#include "opslag.hpp"

#include <chrono>

namespace ki::opslag {

std::int64_t microseconden(const DateTime& t) {
  using namespace std::chrono;
  const sys_days dag{year{t.datum.jaar} / month{static_cast<unsigned>(t.datum.maand)} /
                     day{static_cast<unsigned>(t.datum.dag)}};
  std::int64_t us = duration_cast<microseconds>(dag.time_since_epoch()).count();
  us += ((static_cast<std::int64_t>(t.uur) * 60 + t.minuut) * 60 + t.seconde) * 1'000'000 +
        t.microseconde;
  if (t.zone == DateTime::Zone::offset) us -= static_cast<std::int64_t>(t.offset_minuten) * 60'000'000;
  return us;
}

std::string groep_sleutel(const PartijIdentificatorGroep& g) {
  std::string s;
  auto deel = [&](std::string_view v) {
    s += v;
    s += '\x1f';  // a separator that cannot occur in the values' meaning
  };
  deel(g.codeObjecttype.has_value() ? to_string(*g.codeObjecttype) : "");
  deel(g.codeSoortObjectId.has_value() ? to_string(*g.codeSoortObjectId) : "");
  deel(g.objectId.value_or(""));
  deel(g.codeRegister.has_value() ? to_string(*g.codeRegister) : "");
  return s;
}

std::string volledige_naam(const Field<Contactnaam>& c) {
  std::string naam;
  if (!c.has_value()) return naam;
  for (const auto* deel : {&c->voornaam, &c->voorvoegselAchternaam, &c->achternaam})
    if (deel->has_value() && !deel->value().empty()) {
      if (!naam.empty()) naam += ' ';
      naam += deel->value();
    }
  return naam;
}

std::string partij_naam(const Partij& p) {
  if (!p.partijIdentificatie.has_value()) return {};
  return std::visit(
      [](const auto& d) -> std::string {
        if constexpr (requires { d.naam; }) {
          return d.naam.value_or("");
        } else {
          return volledige_naam(d.contactnaam);
        }
      },
      *p.partijIdentificatie);
}

}  // namespace ki::opslag
