// Typed look-ups straight from the indexes: the uuids, no page rendered.

#include <algorithm>

#include "impl.hpp"

namespace ki {

std::vector<Uuid> Register::partijen_op_identificator(CodeSoortObjectId soort,
                                                      std::string_view object_id) const {
  auto lock = impl_->leesslot();
  const auto& index = impl_->opslag.indexen().identificator_object_id;
  std::vector<Uuid> partijen;
  const auto it = index.find(object_id);
  if (it == index.end()) return partijen;
  for (const auto& e : it->second)
    if (e.soort == soort && e.partij &&
        std::find(partijen.begin(), partijen.end(), *e.partij) == partijen.end())
      partijen.push_back(*e.partij);
  return partijen;
}

std::vector<Uuid> Register::digitale_adressen_op_adres(std::string_view adres) const {
  auto lock = impl_->leesslot();
  return opslag::uuids_in(impl_->opslag.indexen().adres, adres);
}

std::vector<Uuid> Register::partijen_op_naam(std::string_view naam) const {
  auto lock = impl_->leesslot();
  return opslag::uuids_in(impl_->opslag.indexen().partij_naam, naam);
}

}  // namespace ki
