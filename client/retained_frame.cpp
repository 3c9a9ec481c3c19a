#include "retained_frame.hpp"

#include <GL/glx.h>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace hr::client {

namespace {

class Bounds {
  public:
    void add(ImVec2 p) {
        x0_ = std::min(x0_, p.x);
        y0_ = std::min(y0_, p.y);
        x1_ = std::max(x1_, p.x);
        y1_ = std::max(y1_, p.y);
    }
    // Within `clip` (ImGui's x0, y0, x1, y1), one pixel wider on every side for antialiasing.
    PixelRect within(const ImVec4& clip) const {
        return {static_cast<int>(std::floor(std::max(x0_, clip.x))) - 1,
                static_cast<int>(std::floor(std::max(y0_, clip.y))) - 1,
                static_cast<int>(std::ceil(std::min(x1_, clip.z))) + 1,
                static_cast<int>(std::ceil(std::min(y1_, clip.w))) + 1};
    }

  private:
    float x0_ = 1e30f;
    float y0_ = 1e30f;
    float x1_ = -1e30f;
    float y1_ = -1e30f;
};

void unite(std::optional<PixelRect>& damage, PixelRect rect) {
    if (!rect.empty()) {
        damage = damage ? bounding(*damage, rect) : rect;
    }
}

// ImVector's assignment copies with memcpy even from an empty vector's null pointer.
template <typename T> void copy(ImVector<T>& to, const ImVector<T>& from) {
    to.clear();
    if (from.Size > 0) {
        to = from;
    }
}

bool same_command(const ImDrawCmd& a, const ImDrawCmd& b) {
    return a.ClipRect.x == b.ClipRect.x && a.ClipRect.y == b.ClipRect.y &&
           a.ClipRect.z == b.ClipRect.z && a.ClipRect.w == b.ClipRect.w &&
           a.TextureId == b.TextureId && a.VtxOffset == b.VtxOffset && a.IdxOffset == b.IdxOffset &&
           a.ElemCount == b.ElemCount && a.UserCallback == b.UserCallback;
}

bool same_vertex(const ImDrawVert& a, const ImDrawVert& b) {
    return std::memcmp(&a, &b, sizeof(ImDrawVert)) == 0;
}

// Everything a list draws.
template <typename Vertices, typename Indices, typename Commands>
void add_everything(std::optional<PixelRect>& damage, const Vertices& vertices,
                    const Indices& indices, const Commands& commands) {
    for (const ImDrawCmd& cmd : commands) {
        Bounds bounds;
        for (unsigned i = 0; i < cmd.ElemCount; ++i) {
            bounds.add(vertices[static_cast<int>(cmd.VtxOffset + indices[cmd.IdxOffset + i])].pos);
        }
        if (cmd.ElemCount > 0) {
            unite(damage, bounds.within(cmd.ClipRect));
        }
    }
}

} // namespace

PixelRect bounding(PixelRect a, PixelRect b) {
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

std::optional<PixelRect> DrawDataDiff::update(const ImDrawData& data, PixelRect window) {
    std::optional<PixelRect> damage;
    if (!valid_) {
        damage = window;
    }
    // Lists are matched by their window's name, so that a window that opens or closes (a tab's
    // panel, a tooltip) leaves the others comparable; one that moved in the drawing order against
    // the others is redrawn, since what it overlaps may now lie above it.
    std::unordered_map<std::string, std::size_t> by_owner;
    for (std::size_t i = lists_.size(); i-- > 0;) {
        by_owner[lists_[i].owner] = i;
    }
    std::vector<bool> matched(lists_.size(), false);
    std::size_t last_matched = 0;
    std::vector<List> lists(static_cast<std::size_t>(data.CmdListsCount));
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& now = *data.CmdLists[n];
        List& kept = lists[static_cast<std::size_t>(n)];
        kept.owner = now._OwnerName != nullptr ? now._OwnerName : "";
        copy(kept.vertices, now.VtxBuffer);
        copy(kept.indices, now.IdxBuffer);
        copy(kept.commands, now.CmdBuffer);
        if (damage && !damage->empty() && damage->x0 <= window.x0 && damage->y0 <= window.y0 &&
            damage->x1 >= window.x1 && damage->y1 >= window.y1) {
            continue; // everything is redrawn anyway
        }
        const List* before = nullptr;
        bool in_order = false;
        if (const auto found = by_owner.find(kept.owner);
            found != by_owner.end() && !matched[found->second]) {
            matched[found->second] = true;
            before = &lists_[found->second];
            in_order = found->second >= last_matched;
            last_matched = found->second;
        }
        const bool comparable =
            before != nullptr && in_order && before->vertices.Size == kept.vertices.Size &&
            before->indices.Size == kept.indices.Size &&
            before->commands.Size == kept.commands.Size &&
            (kept.indices.Size == 0 ||
             std::memcmp(before->indices.Data, kept.indices.Data,
                         static_cast<std::size_t>(kept.indices.Size) * sizeof(ImDrawIdx)) == 0) &&
            std::equal(before->commands.begin(), before->commands.end(), kept.commands.begin(),
                       same_command);
        if (!comparable) {
            if (before != nullptr) {
                add_everything(damage, before->vertices, before->indices, before->commands);
            }
            add_everything(damage, kept.vertices, kept.indices, kept.commands);
            continue;
        }
        // The same triangles: those with a vertex that moved or changed colour, old and new.
        for (const ImDrawCmd& cmd : kept.commands) {
            Bounds bounds;
            bool changed = false;
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                int corner[3];
                bool differs = false;
                for (unsigned k = 0; k < 3; ++k) {
                    corner[k] =
                        static_cast<int>(cmd.VtxOffset + kept.indices[cmd.IdxOffset + i + k]);
                    differs = differs ||
                              !same_vertex(before->vertices[corner[k]], kept.vertices[corner[k]]);
                }
                if (!differs) {
                    continue;
                }
                changed = true;
                for (const int v : corner) {
                    bounds.add(before->vertices[v].pos);
                    bounds.add(kept.vertices[v].pos);
                }
            }
            if (changed) {
                unite(damage, bounds.within(cmd.ClipRect));
            }
        }
    }
    for (std::size_t n = 0; n < lists_.size(); ++n) {
        if (!matched[n]) {
            add_everything(damage, lists_[n].vertices, lists_[n].indices, lists_[n].commands);
        }
    }
    lists_ = std::move(lists);
    valid_ = true;
    if (damage) {
        damage->x0 = std::max(damage->x0, window.x0);
        damage->y0 = std::max(damage->y0, window.y0);
        damage->x1 = std::min(damage->x1, window.x1);
        damage->y1 = std::min(damage->y1, window.y1);
        if (damage->empty()) {
            damage.reset();
        }
    }
    return damage;
}

std::optional<PixelRect> picture_area(const ImDrawData& data, ImTextureID font) {
    std::optional<PixelRect> area;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.TextureId == font || cmd.ElemCount == 0) {
                continue;
            }
            Bounds bounds;
            for (unsigned i = 0; i < cmd.ElemCount; ++i) {
                bounds.add(list.VtxBuffer[static_cast<int>(cmd.VtxOffset +
                                                           list.IdxBuffer[cmd.IdxOffset + i])]
                               .pos);
            }
            unite(area, bounds.within(cmd.ClipRect));
        }
    }
    return area;
}

void clip_draw_data(ImDrawData& data, PixelRect rect) {
    for (int n = 0; n < data.CmdListsCount; ++n) {
        for (ImDrawCmd& cmd : data.CmdLists[n]->CmdBuffer) {
            cmd.ClipRect.x = std::max(cmd.ClipRect.x, static_cast<float>(rect.x0));
            cmd.ClipRect.y = std::max(cmd.ClipRect.y, static_cast<float>(rect.y0));
            cmd.ClipRect.z = std::min(cmd.ClipRect.z, static_cast<float>(rect.x1));
            cmd.ClipRect.w = std::min(cmd.ClipRect.w, static_cast<float>(rect.y1));
        }
    }
}

bool RetainedFrame::available() {
    if (!checked_) {
        checked_ = true;
        Display* display = glXGetCurrentDisplay();
        const char* extensions = display != nullptr
                                     ? glXQueryExtensionsString(display, DefaultScreen(display))
                                     : nullptr;
        if (extensions != nullptr &&
            std::strstr(extensions, "GLX_MESA_copy_sub_buffer") != nullptr) {
            copy_sub_buffer_ = reinterpret_cast<CopySubBuffer>(
                glXGetProcAddressARB(reinterpret_cast<const GLubyte*>("glXCopySubBufferMESA")));
        }
    }
    return copy_sub_buffer_ != nullptr;
}

void RetainedFrame::clear(PixelRect rect, sf::Vector2u size, float r, float g, float b) {
    // OpenGL counts rows from the bottom.
    glEnable(GL_SCISSOR_TEST);
    glScissor(rect.x0, static_cast<GLint>(size.y) - rect.y1, rect.x1 - rect.x0, rect.y1 - rect.y0);
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
}

void RetainedFrame::present(PixelRect rect, sf::Vector2u size) {
    copy_sub_buffer_(glXGetCurrentDisplay(), glXGetCurrentDrawable(), rect.x0,
                     static_cast<int>(size.y) - rect.y1, rect.x1 - rect.x0, rect.y1 - rect.y0);
}

} // namespace hr::client
