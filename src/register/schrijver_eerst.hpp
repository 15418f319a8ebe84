#pragma once
// A readers-writer lock that lets a waiting writer in before new readers.
// std::shared_mutex on glibc prefers readers: under a steady stream of reads
// (a KCC screen polling lists) a write could wait without bound.

#include <condition_variable>
#include <mutex>

namespace ki::opslag {

class SchrijverEerstMutex {
public:
  void lock() {
    std::unique_lock l(m_);
    ++wachtende_schrijvers_;
    cv_.wait(l, [&] { return !schrijver_ && lezers_ == 0; });
    --wachtende_schrijvers_;
    schrijver_ = true;
  }
  void unlock() {
    {
      std::lock_guard l(m_);
      schrijver_ = false;
    }
    cv_.notify_all();
  }
  void lock_shared() {
    std::unique_lock l(m_);
    cv_.wait(l, [&] { return !schrijver_ && wachtende_schrijvers_ == 0; });
    ++lezers_;
  }
  void unlock_shared() {
    bool laatste;
    {
      std::lock_guard l(m_);
      laatste = --lezers_ == 0;
    }
    if (laatste) cv_.notify_all();
  }

private:
  std::mutex m_;
  std::condition_variable cv_;
  unsigned lezers_ = 0;
  unsigned wachtende_schrijvers_ = 0;
  bool schrijver_ = false;
};

}  // namespace ki::opslag
