// libFuzzer target: the Referentielijsten loader, in both API shapes, for
// every list. The first byte picks the list.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "klantinteracties/referentielijsten/referentielijsten.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  using ki::referentielijsten::Lijst;
  constexpr Lijst lijsten[] = {Lijst::kanaal, Lijst::land, Lijst::taal,
                               Lijst::soort_digitaal_adres, Lijst::soort_object,
                               Lijst::soort_object_id, Lijst::extern_register};
  const Lijst l = lijsten[data[0] % std::size(lijsten)];
  auto r = ki::referentielijsten::Referentielijsten::standaard();
  (void)r.laad(l, std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
  return 0;
}
