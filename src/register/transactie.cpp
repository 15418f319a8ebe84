// Register::transactie: several calls as one write, undone together.

#include "impl.hpp"

namespace ki {

const RegisterOptions& Register::options() const { return impl_->options; }

Antwoord Register::transactie(const std::function<Antwoord(Register& reg)>& werk) {
  auto& r = *impl_;
  if (r.in_transactie()) return werk(*this);  // nested: part of the outer one
  auto lock = r.schrijfslot();
  r.eigenaar = std::this_thread::get_id();
  struct Vrijgave {  // the calls of other threads lock again, also after a throw
    Impl& r;
    ~Vrijgave() { r.eigenaar = std::thread::id(); }
  } vrijgave{r};
  opslag::Transactie t(r.opslag);
  Antwoord a = werk(*this);
  if (a.ok()) t.commit();
  return a;
}

}  // namespace ki
