// The whole register as JSON Lines and back: one `{"type", "object"}` line
// per stored resource, in the API's JSON, types in dependency order.

#include <mutex>
#include <sstream>

#include "impl.hpp"

namespace ki {

std::string Register::export_snapshot() const {
  auto lock = impl_->leesslot();
  std::string out;
  impl_->opslag.voor_elke_verzameling([&](const auto& v) {
    using T = typename std::decay_t<decltype(v)>::Type;
    v.volgorde.voor_elk([&](const Uuid& u) {
      boost::json::object regel;
      regel["type"] = Resource<T>::naam;
      regel["object"] = json::encode(*v.vind(u));
      out += boost::json::serialize(regel);
      out += '\n';
    });
  });
  return out;
}

Antwoord Register::import_snapshot(std::string_view jsonl) {
  // Everything is read into a fresh storage first; the register changes only
  // when every line was read.
  if (impl_->in_transactie())  // its undo would not survive the swap
    return impl_->conflict("Een snapshot kan niet binnen een transactie worden ingelezen.");
  opslag::Opslag nieuw;
  InvalidParams errors;
  std::size_t regelnummer = 0;
  std::size_t begin = 0;
  while (begin < jsonl.size()) {
    std::size_t eind = jsonl.find('\n', begin);
    if (eind == std::string_view::npos) eind = jsonl.size();
    const std::string_view regel = jsonl.substr(begin, eind - begin);
    begin = eind + 1;
    if (regel.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string naam = std::to_string(regelnummer++);
    InvalidParams parse_fouten;
    const boost::json::value v = json::parse(regel, parse_fouten);
    const auto* obj = v.is_object() ? &v.get_object() : nullptr;
    const auto* type = obj ? obj->if_contains("type") : nullptr;
    const auto* inhoud = obj ? obj->if_contains("object") : nullptr;
    if (!parse_fouten.empty() || !type || !type->is_string() || !inhoud) {
      errors.push_back({naam, "invalid", "Verwacht {\"type\": …, \"object\": {…}}."});
      continue;
    }
    bool bekend = false;
    opslag::voor_elk_type([&](auto* tag) {
      using T = std::remove_pointer_t<decltype(tag)>;
      if (bekend || Resource<T>::naam != type->get_string()) return;
      bekend = true;
      auto d = json::decode<T>(*inhoud);
      if (!d.ok() || !d.value.uuid.has_value()) {
        for (auto& e : d.errors) errors.push_back({naam + ".object." + e.name, e.code, e.reason});
        if (d.ok()) errors.push_back({naam + ".object.uuid", "required", std::string(msg::required)});
        return;
      }
      if (nieuw.van<T>().bevat(*d.value.uuid)) {  // one object per uuid
        errors.push_back({naam + ".object.uuid", "unique", "Dubbele uuid."});
        return;
      }
      nieuw.plaats(d.value);
    });
    if (!bekend) errors.push_back({naam + ".type", "invalid", "Onbekend type."});
  }
  if (!errors.empty()) return impl_->ongeldig(std::move(errors));
  auto lock = impl_->schrijfslot();
  std::swap(impl_->opslag, nieuw);
  return {HttpStatus::ok, nullptr};
}

}  // namespace ki
