// libFuzzer target: the snapshot importer (JSON Lines), then an export and
// one write, so an accepted snapshot leaves a usable register.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <boost/json/parse.hpp>

#include "klantinteracties/register/register.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ki::Register reg;
  const auto a = reg.import_snapshot(std::string_view(reinterpret_cast<const char*>(data), size));
  if (a.ok()) {
    (void)reg.export_snapshot();
    (void)reg.list("klantcontacten", {{"expand", "hadBetrokkenen.wasPartij"}});
    (void)reg.create("actoren", boost::json::parse(
                                    R"({"naam": "A", "soortActor": "medewerker", "indicatieActief": true})"));
  }
  return 0;
}
