#pragma once
// The key of a text index. Up to 46 bytes (a BSN, an e-mail address, a
// naam) stay inside the key itself, so a look-up compares it in the index's
// own slot instead of following a pointer into the heap: at a million keys
// that is one cache miss less per look-up. Longer keys live on the heap.

#include <cstddef>
#include <cstring>
#include <string_view>

namespace ki::opslag {

class Sleutel {
public:
  explicit Sleutel(std::string_view s) { zet(s); }
  Sleutel(const Sleutel& o) { zet(o.view()); }
  Sleutel(Sleutel&& o) noexcept { neem(o); }
  Sleutel& operator=(const Sleutel& o) {
    if (this != &o) {
      Sleutel kopie(o);
      *this = std::move(kopie);
    }
    return *this;
  }
  Sleutel& operator=(Sleutel&& o) noexcept {
    if (this != &o) {
      vrij();
      neem(o);
    }
    return *this;
  }
  ~Sleutel() { vrij(); }

  std::string_view view() const {
    if (lengte_ != op_heap) return {tekens_, lengte_};
    Heap h;
    std::memcpy(&h, tekens_, sizeof h);
    return {h.data, h.size};
  }
  operator std::string_view() const { return view(); }

  friend bool operator==(const Sleutel& a, const Sleutel& b) { return a.view() == b.view(); }
  friend bool operator==(const Sleutel& a, std::string_view b) { return a.view() == b; }

private:
  static constexpr std::size_t in_plaats = 46;
  static constexpr unsigned char op_heap = 0xFF;
  struct Heap {
    char* data;
    std::size_t size;
  };

  void zet(std::string_view s) {
    if (s.size() <= in_plaats) {
      lengte_ = static_cast<unsigned char>(s.size());
      if (!s.empty()) std::memcpy(tekens_, s.data(), s.size());
      return;
    }
    Heap h{new char[s.size()], s.size()};
    std::memcpy(h.data, s.data(), s.size());
    std::memcpy(tekens_, &h, sizeof h);
    lengte_ = op_heap;
  }
  void neem(Sleutel& o) noexcept {
    lengte_ = o.lengte_;
    std::memcpy(tekens_, o.tekens_, sizeof tekens_);
    o.lengte_ = 0;  // a heap key changes owner
  }
  void vrij() {
    if (lengte_ != op_heap) return;
    Heap h;
    std::memcpy(&h, tekens_, sizeof h);
    delete[] h.data;
    lengte_ = 0;
  }

  unsigned char lengte_ = 0;  // the inline length, or op_heap
  char tekens_[in_plaats + 1];
};

static_assert(sizeof(Sleutel) == 48);

}  // namespace ki::opslag
