// Many readers and one writer (and writers among themselves) on one register:
// no crash, every answer consistent, final counts right.

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "test_register_hulp.hpp"

namespace ki::regtest {
namespace {

using boost::json::object;

TEST_CASE("register concurrency: reader threads get/list/export while a writer creates") {
  Register reg(opties());
  const Uuid p = persoon(reg, kBsn);
  const Uuid eerste = klantcontact(reg);
  constexpr int kAantal = 150;
  std::atomic<bool> klaar{false};
  std::atomic<int> fouten{0};
  std::atomic<long> gelezen{0};

  auto lezer = [&](int soort) {
    while (!klaar.load()) {
      switch (soort % 4) {
        case 0: {
          auto a = reg.get<Klantcontact>(eerste, "hadBetrokkenen");
          if (a.status != HttpStatus::ok) ++fouten;
          break;
        }
        case 1: {
          auto a = reg.list<Klantcontact>({{"hadBetrokkene__wasPartij__uuid", S(p)}, {"pageSize", "20"}});
          // count and results must agree within one answer.
          if (!a.ok() || a.body.at("results").as_array().size() !=
                             std::min<std::size_t>(20, a.body.at("count").to_number<std::size_t>()))
            ++fouten;
          break;
        }
        case 2: {
          auto a = reg.list<Betrokkene>({{"expand", "digitaleAdressen"}});
          if (!a.ok()) ++fouten;
          break;
        }
        default: {
          const std::string s = reg.export_snapshot();
          if (s.empty() || s.back() != '\n') ++fouten;
          (void)reg.count<Betrokkene>();
        }
      }
      ++gelezen;
    }
  };

  std::vector<std::thread> lezers;
  for (int i = 0; i < 4; ++i) lezers.emplace_back(lezer, i);
  std::thread schrijver([&] {
    for (int i = 0; i < kAantal; ++i) {
      auto kc = reg.create<Klantcontact>(klantcontact_body());
      if (kc.status != HttpStatus::created) { ++fouten; continue; }
      const Uuid k = uuid_van(kc.body);
      auto b = reg.create<Betrokkene>(object{{"hadKlantcontact", ref(k)}, {"wasPartij", ref(p)}, {"rol", "klant"}, {"initiator", true}});
      if (b.status != HttpStatus::created) { ++fouten; continue; }
      auto da = reg.create<DigitaalAdres>(adres_body("k" + std::to_string(i) + "@example.nl", nullptr, nullptr));
      if (da.status != HttpStatus::created) ++fouten;
      if (i % 10 == 0 && !reg.patch<Klantcontact>(k, object{{"inhoud", "bijgewerkt"}}).ok()) ++fouten;
      if (i % 25 == 0 && reg.remove<DigitaalAdres>(uuid_van(da.body)).status != HttpStatus::no_content) ++fouten;
    }
    klaar = true;
  });
  schrijver.join();
  for (auto& t : lezers) t.join();

  CHECK(fouten.load() == 0);
  CHECK(gelezen.load() > 0);
  CHECK(reg.count<Klantcontact>() == kAantal + 1);
  CHECK(reg.count<Betrokkene>() == kAantal);
  CHECK(reg.count<DigitaalAdres>() == kAantal - (kAantal + 24) / 25);
  auto l = reg.list<Klantcontact>({{"hadBetrokkene__wasPartij__uuid", S(p)}});
  CHECK(l.body.at("count") == boost::json::value(kAantal));
  CHECK(reg.list<Klantcontact>({{"inhoud", "bijgewerkt"}}).body.at("count") == boost::json::value(kAantal / 10));
}

TEST_CASE("register concurrency: writers are serialised — unique numbers stay unique") {
  Register reg(opties());
  constexpr int kPerDraad = 60;
  std::atomic<int> gelukt{0};
  std::atomic<int> dubbel{0};
  std::vector<std::thread> schrijvers;
  for (int d = 0; d < 3; ++d)
    schrijvers.emplace_back([&] {
      for (int i = 0; i < kPerDraad; ++i) {
        // Every thread tries the same numbers: each one is stored once.
        auto b = klantcontact_body();
        b["nummer"] = std::to_string(i);
        auto a = reg.create<Klantcontact>(b);
        if (a.status == HttpStatus::created) ++gelukt;
        else if (a.status == HttpStatus::invalid && a.invalid_params().at(0).code == "unique") ++dubbel;
      }
    });
  for (auto& t : schrijvers) t.join();
  CHECK(gelukt.load() == kPerDraad);
  CHECK(dubbel.load() == 2 * kPerDraad);
  CHECK(reg.count<Klantcontact>() == static_cast<std::size_t>(kPerDraad));
}

TEST_CASE("register concurrency: import while readers list") {
  Register bron(opties());
  for (int i = 0; i < 30; ++i) klantcontact(bron);
  const std::string snapshot = bron.export_snapshot();
  Register reg(opties());
  std::atomic<bool> klaar{false};
  std::atomic<int> fouten{0};
  std::thread lezer([&] {
    while (!klaar.load()) {
      auto a = reg.list<Klantcontact>();
      const auto n = a.body.at("count").to_number<int>();
      if (!a.ok() || (n != 0 && n != 30)) ++fouten;  // all or nothing, never half
    }
  });
  for (int i = 0; i < 20; ++i) {
    if (!reg.import_snapshot(snapshot).ok()) ++fouten;
    if (!reg.import_snapshot("").ok()) ++fouten;
  }
  klaar = true;
  lezer.join();
  CHECK(fouten.load() == 0);
}

}  // namespace
}  // namespace ki::regtest
