#pragma once
// NaamTabel: the index of a name among a fixed set of names, for the look-ups
// made on every request (a body's keys, the C ABI's type names).

#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace ki::json::detail {

// A name's size and its outer bytes (the first and last 8, overlapping; of
// a shorter name every byte): two names of up to 16 bytes are equal when
// these are, and a longer pair needs only its middle compared.
struct NaamAfdruk {
  std::uint64_t kop = 0, staart = 0;
  std::size_t grootte = 0;

  explicit NaamAfdruk(std::string_view s) : grootte(s.size()) {
    const auto lees = [&](std::size_t i, std::size_t n) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + i, n);  // n is a constant below: no call
      return w;
    };
    if (s.size() >= 8) {
      kop = lees(0, 8);
      staart = lees(s.size() - 8, 8);
    } else if (s.size() >= 4) {
      kop = lees(0, 4);
      staart = lees(s.size() - 4, 4);
    } else if (!s.empty()) {
      kop = static_cast<unsigned char>(s[0]);
      staart = static_cast<std::uint64_t>(static_cast<unsigned char>(s[s.size() / 2])) << 8 |
               static_cast<unsigned char>(s.back());
    }
  }
  bool operator==(const NaamAfdruk&) const = default;
};

// An open-addressing table from a name (a field's exact JSON name, a
// component's) to its index: a name is looked up with one hash and, mostly,
// one slot whose NaamAfdruk settles it without a call to memcmp.
class NaamTabel {
public:
  // The names must outlive the table, and be different.
  explicit NaamTabel(std::vector<std::string_view> namen) : namen_(std::move(namen)) {
    std::size_t n = 8;  // a power of two, at most a quarter full
    while (n < 4 * namen_.size()) n *= 2;
    slots_.assign(n, Slot{NaamAfdruk(""), -1});
    for (std::size_t i = 0; i < namen_.size(); ++i) {
      const NaamAfdruk a(namen_[i]);
      std::size_t s = plek(a);
      while (slots_[s].index >= 0) s = (s + 1) & (slots_.size() - 1);
      slots_[s] = Slot{a, static_cast<int>(i)};
    }
  }
  int vind(std::string_view key) const {
    const NaamAfdruk a(key);
    for (std::size_t s = plek(a);; s = (s + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[s];
      if (slot.index < 0) return -1;
      if (slot.afdruk == a && midden_gelijk(namen_[static_cast<std::size_t>(slot.index)], key))
        return slot.index;
    }
  }

private:
  struct Slot {
    NaamAfdruk afdruk;
    int index;
  };
  std::size_t plek(const NaamAfdruk& a) const {
    const std::uint64_t h = (a.kop ^ (a.staart * 31) ^ a.grootte) * 0x9E3779B97F4A7C15u;
    return static_cast<std::size_t>(h >> 32) & (slots_.size() - 1);
  }
  // Bytes 8 to size - 8 of two names of one size whose afdrukken are equal.
  static bool midden_gelijk(std::string_view a, std::string_view b) {
    for (std::size_t i = 8; i + 8 < a.size(); i += 8) {
      std::uint64_t x, y;
      std::memcpy(&x, a.data() + i, 8);
      std::memcpy(&y, b.data() + i, 8);
      if (x != y) return false;
    }
    return true;
  }
  std::vector<std::string_view> namen_;
  std::vector<Slot> slots_;
};

}  // namespace ki::json::detail
