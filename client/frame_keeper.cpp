#include "frame_keeper.hpp"

#include <cstring>

namespace hr::client {

namespace {

// Word-at-a-time multiply-xorshift mixing: a frame holds about a megabyte of vertices, so a
// byte-wise hash would cost a millisecond.
class FrameHash {
  public:
    void add(std::uint64_t word) {
        hash_ = (hash_ ^ word) * 0x9E3779B97F4A7C15ULL;
        hash_ ^= hash_ >> 31;
    }
    void add_float(float value) {
        std::uint32_t bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        add(bits);
    }
    void add_bytes(const void* data, std::size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        std::size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, bytes + i, 8);
            add(word);
        }
        std::uint64_t tail = 0;
        if (i < size) {
            std::memcpy(&tail, bytes + i, size - i);
        }
        add(tail ^ (static_cast<std::uint64_t>(size) << 56));
    }
    std::uint64_t value() const { return hash_; }

  private:
    std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

} // namespace

std::uint64_t hash_draw_data(const ImDrawData& data) {
    FrameHash hash;
    hash.add_float(data.DisplayPos.x);
    hash.add_float(data.DisplayPos.y);
    hash.add_float(data.DisplaySize.x);
    hash.add_float(data.DisplaySize.y);
    hash.add_float(data.FramebufferScale.x);
    hash.add_float(data.FramebufferScale.y);
    hash.add(static_cast<std::uint64_t>(data.CmdListsCount));
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        hash.add_bytes(list.VtxBuffer.Data,
                       static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
        hash.add_bytes(list.IdxBuffer.Data,
                       static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            hash.add_float(cmd.ClipRect.x);
            hash.add_float(cmd.ClipRect.y);
            hash.add_float(cmd.ClipRect.z);
            hash.add_float(cmd.ClipRect.w);
            hash.add(reinterpret_cast<std::uintptr_t>(cmd.TextureId));
            hash.add(cmd.VtxOffset);
            hash.add(cmd.IdxOffset);
            hash.add(cmd.ElemCount);
            hash.add(reinterpret_cast<std::uintptr_t>(cmd.UserCallback));
        }
    }
    return hash.value();
}

bool FrameKeeper::must_draw(std::optional<std::uint64_t> content, sf::Time now) {
    const bool draw = forced_ || !content || !shown_ || *content != *shown_ ||
                      (now - drawn_at_).asMicroseconds() >= kRefreshMicroseconds;
    if (draw) {
        forced_ = false;
        shown_ = content;
        drawn_at_ = now;
    }
    return draw;
}

} // namespace hr::client
