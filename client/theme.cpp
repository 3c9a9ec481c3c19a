#include "theme.hpp"

#include <algorithm>
#include <cmath>

namespace hr::client::theme {

namespace {

double linear(std::uint8_t channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Rgb c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

} // namespace

float clamp_ui_scale(float scale) {
    if (!(scale == scale)) { // NaN
        return kMinUiScale;
    }
    return std::clamp(scale, kMinUiScale, kMaxUiScale);
}

Rgb road_colour(Road road) {
    switch (road) {
    case Road::HighRoad:
        return kRoads.high_road;
    case Road::LowRoad:
        return kRoads.low_road;
    case Road::Stagnation:
        return kRoads.stagnation;
    case Road::Downgrading:
        return kRoads.downgrading;
    }
    return kRoads.stagnation;
}

ImVec4 to_imvec4(Rgb c, float alpha) {
    return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha);
}

ImU32 to_imu32(Rgb c, float alpha) {
    auto a = static_cast<unsigned>(std::lround(std::clamp(alpha, 0.0f, 1.0f) * 255.0f));
    return IM_COL32(c.r, c.g, c.b, a);
}

sf::Color to_sf(Rgb c, std::uint8_t alpha) {
    return sf::Color(c.r, c.g, c.b, alpha);
}

double lightness(Rgb c) {
    double y = luminance(c);
    double f = y > 216.0 / 24389.0 ? std::cbrt(y) : (24389.0 / 27.0 * y + 16.0) / 116.0;
    return 116.0 * f - 16.0;
}

double contrast_ratio(Rgb a, Rgb b) {
    double la = luminance(a) + 0.05;
    double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

ImGuiStyle make_style(float layout_scale) {
    ImGuiStyle style;
    style.WindowPadding = ImVec2(20, 18);
    style.FramePadding = ImVec2(14, 9);
    style.CellPadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(12, 12);
    style.ItemInnerSpacing = ImVec2(10, 8);
    style.IndentSpacing = 22;
    style.ScrollbarSize = 16;
    style.GrabMinSize = 18;
    style.WindowBorderSize = 1;
    style.ChildBorderSize = 1;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 0;
    style.WindowRounding = 14;
    style.ChildRounding = 12;
    style.FrameRounding = 10;
    style.PopupRounding = 10;
    style.ScrollbarRounding = 10;
    style.GrabRounding = 10;
    style.TabRounding = 10;
    style.WindowTitleAlign = ImVec2(0.5f, 0.5f);
    style.ButtonTextAlign = ImVec2(0.5f, 0.5f);
    style.DisplaySafeAreaPadding = ImVec2(4, 4);

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = to_imvec4(kText);
    c[ImGuiCol_TextDisabled] = to_imvec4(kTextDisabled);
    c[ImGuiCol_WindowBg] = to_imvec4(kPanel, 0.96f);
    c[ImGuiCol_ChildBg] = to_imvec4(kPanelRaised, 0.6f);
    c[ImGuiCol_PopupBg] = to_imvec4(kPanelRaised, 0.98f);
    c[ImGuiCol_Border] = to_imvec4(kBorder);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = to_imvec4(kField);
    c[ImGuiCol_FrameBgHovered] = to_imvec4(kFieldHover);
    c[ImGuiCol_FrameBgActive] = to_imvec4(kFieldActive);
    c[ImGuiCol_TitleBg] = to_imvec4(kPanelRaised);
    c[ImGuiCol_TitleBgActive] = to_imvec4(kField);
    c[ImGuiCol_TitleBgCollapsed] = to_imvec4(kPanel, 0.8f);
    c[ImGuiCol_MenuBarBg] = to_imvec4(kPanelRaised);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = to_imvec4(kField);
    c[ImGuiCol_ScrollbarGrabHovered] = to_imvec4(kFieldHover);
    c[ImGuiCol_ScrollbarGrabActive] = to_imvec4(kFieldActive);
    c[ImGuiCol_CheckMark] = to_imvec4(kHighlight);
    c[ImGuiCol_SliderGrab] = to_imvec4(kAccentHover);
    c[ImGuiCol_SliderGrabActive] = to_imvec4(kAccentActive);
    c[ImGuiCol_Button] = to_imvec4(kField);
    c[ImGuiCol_ButtonHovered] = to_imvec4(kFieldHover);
    c[ImGuiCol_ButtonActive] = to_imvec4(kFieldActive);
    c[ImGuiCol_Header] = to_imvec4(kField);
    c[ImGuiCol_HeaderHovered] = to_imvec4(kFieldHover);
    c[ImGuiCol_HeaderActive] = to_imvec4(kFieldActive);
    c[ImGuiCol_Separator] = to_imvec4(kBorder);
    c[ImGuiCol_SeparatorHovered] = to_imvec4(kAccentHover);
    c[ImGuiCol_SeparatorActive] = to_imvec4(kAccentActive);
    c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = to_imvec4(kAccentHover, 0.6f);
    c[ImGuiCol_ResizeGripActive] = to_imvec4(kAccentActive);
    c[ImGuiCol_Tab] = to_imvec4(kField);
    c[ImGuiCol_TabHovered] = to_imvec4(kAccentHover);
    c[ImGuiCol_TabActive] = to_imvec4(kAccent);
    c[ImGuiCol_TabUnfocused] = to_imvec4(kField);
    c[ImGuiCol_TabUnfocusedActive] = to_imvec4(kFieldActive);
    c[ImGuiCol_PlotLines] = to_imvec4(kRoads.high_road);
    c[ImGuiCol_PlotLinesHovered] = to_imvec4(kHighlight);
    c[ImGuiCol_PlotHistogram] = to_imvec4(kAccentHover);
    c[ImGuiCol_PlotHistogramHovered] = to_imvec4(kHighlight);
    c[ImGuiCol_TableHeaderBg] = to_imvec4(kPanelRaised);
    c[ImGuiCol_TableBorderStrong] = to_imvec4(kBorder);
    c[ImGuiCol_TableBorderLight] = to_imvec4(kBorder, 0.5f);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = to_imvec4(kPanelRaised, 0.5f);
    c[ImGuiCol_TextSelectedBg] = to_imvec4(kAccentHover, 0.45f);
    c[ImGuiCol_DragDropTarget] = to_imvec4(kHighlight);
    c[ImGuiCol_NavHighlight] = to_imvec4(kHighlight);
    c[ImGuiCol_NavWindowingHighlight] = to_imvec4(kText, 0.7f);
    c[ImGuiCol_NavWindowingDimBg] = to_imvec4(kBackground, 0.6f);
    c[ImGuiCol_ModalWindowDimBg] = to_imvec4(kBackground, 0.7f);

    float scale = layout_scale == layout_scale ? layout_scale : 1.0f; // NaN: unscaled
    style.ScaleAllSizes(std::clamp(scale, kMinLayoutScale, kMaxUiScale));
    return style;
}

} // namespace hr::client::theme
