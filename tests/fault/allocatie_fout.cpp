// The replaced global operator new and delete of the fault tests: every form
// goes through neem(); one allocation per arming fails (the rollback after
// it must be able to allocate).

#include "allocatie_fout.hpp"

#include <cstddef>
#include <cstdlib>
#include <new>

namespace ki::fouttest {

std::atomic<long> allocaties_tot_fout{-1};

namespace {

bool moet_falen() {
  if (allocaties_tot_fout.load(std::memory_order_relaxed) < 0) return false;
  return allocaties_tot_fout.fetch_sub(1, std::memory_order_relaxed) == 0;
}

void* neem(std::size_t n, std::size_t uitlijning, bool gooi) {
  void* p = nullptr;
  if (!moet_falen()) {
    if (n == 0) n = 1;
    if (uitlijning <= alignof(std::max_align_t))
      p = std::malloc(n);
    else
      p = std::aligned_alloc(uitlijning, (n + uitlijning - 1) / uitlijning * uitlijning);
  }
  if (!p && gooi) throw std::bad_alloc();
  return p;
}

constexpr std::size_t kGewoon = alignof(std::max_align_t);

}  // namespace
}  // namespace ki::fouttest

using ki::fouttest::kGewoon;
using ki::fouttest::neem;

void* operator new(std::size_t n) { return neem(n, kGewoon, true); }
void* operator new[](std::size_t n) { return neem(n, kGewoon, true); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return neem(n, kGewoon, false); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return neem(n, kGewoon, false); }
void* operator new(std::size_t n, std::align_val_t a) { return neem(n, static_cast<std::size_t>(a), true); }
void* operator new[](std::size_t n, std::align_val_t a) { return neem(n, static_cast<std::size_t>(a), true); }
void* operator new(std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
  return neem(n, static_cast<std::size_t>(a), false);
}
void* operator new[](std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
  return neem(n, static_cast<std::size_t>(a), false);
}

void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }
