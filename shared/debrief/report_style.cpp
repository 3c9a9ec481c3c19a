// The report's look: the client's dark "night drive" palette, readable type, charts that scale
// with the page, and a light version for printing.
#include "debrief/report_sections.hpp"

namespace hr::debrief::report {

std::string style_sheet() {
    return R"css(
:root { color-scheme: dark; }
* { box-sizing: border-box; }
body { margin: 0; background: #0e1520; color: #e8edf3;
  font: 15px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 28px 48px; }
header { margin-bottom: 8px; }
h1 { font-size: 28px; margin: 8px 0 4px; color: #f2c14e; }
h2 { font-size: 21px; margin: 36px 0 8px; padding-top: 8px; border-top: 1px solid #34415a; }
h3 { font-size: 17px; margin: 18px 0 6px; }
h4 { font-size: 15px; margin: 14px 0 4px; color: #9aa7b8; }
p { margin: 6px 0 10px; }
.subtitle { color: #9aa7b8; margin-top: 0; }
.note, .muted, figcaption { color: #9aa7b8; }
.note { font-size: 13px; }
.warning { background: #3a2420; border-left: 4px solid #e06c6c; padding: 8px 12px; }
nav ol { columns: 2; padding-left: 20px; margin: 8px 0 0; }
nav a { color: #b3ddff; }
figure { margin: 10px 0 6px; }
figcaption { font-size: 13px; margin: 4px 2px; }
svg.chart { display: block; width: 100%; height: auto; }
svg.chart text { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; }
.grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 14px; }
.grid figure { margin: 0; }
.grid figcaption { color: #e8edf3; font-weight: bold; }
.firms { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 14px; }
.firm { background: #172030; border: 1px solid #34415a; border-radius: 8px; padding: 10px 12px; }
.firm h3 { margin: 0; }
.firm .who { color: #9aa7b8; font-size: 13px; margin: 0 0 6px; }
.firm .facts { font-size: 13px; margin: 6px 0 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 13px; }
.road { white-space: nowrap; }
.dot { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 6px;
  vertical-align: -1px; border: 1px solid #0e1520; }
.dot.square { border-radius: 2px; }
.term { border-bottom: 1px dotted #f2c14e; cursor: help; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 14px; }
th { text-align: left; color: #9aa7b8; font-weight: normal; border-bottom: 1px solid #34415a;
  padding: 5px 8px; }
td { padding: 5px 8px; border-bottom: 1px solid #1f2a3d; vertical-align: top; }
tbody tr:nth-child(odd) { background: #131b29; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.up { color: #b3ddff; }
.down { color: #e9874a; }
.flat { color: #9aa7b8; }
.question { background: #172030; border: 1px solid #34415a; border-radius: 8px;
  padding: 4px 16px 8px; margin: 12px 0; }
.answer { font-size: 16px; }
.bar { display: inline-block; width: 60%; height: 9px; background: #26324a; border-radius: 5px;
  vertical-align: middle; overflow: hidden; }
.bar span { display: block; height: 100%; background: #2a9d90; }
.parts { position: relative; display: inline-block; width: 100%; min-width: 90px; height: 11px;
  vertical-align: middle; }
.parts span { position: absolute; top: 0; bottom: 0; }
.parts .zero { width: 1px; top: -2px; bottom: -2px; background: #9aa7b8; }
.mark { display: inline-block; min-width: 22px; text-align: center; border-radius: 4px;
  color: #0e1520; font-weight: bold; font-size: 12px; }
.mark.shock { background: #e06c6c; }
.mark.policy { background: #f2c14e; }
.glossary { columns: 2; column-gap: 28px; }
.glossary > div { break-inside: avoid; }
dt { font-weight: bold; margin-top: 8px; }
dd { margin: 2px 0 0; color: #c9d2dd; font-size: 14px; }
footer { margin-top: 40px; color: #9aa7b8; font-size: 13px; border-top: 1px solid #34415a;
  padding-top: 8px; }
@media (max-width: 760px) {
  .grid, .firms { grid-template-columns: minmax(0, 1fr); }
  .glossary, nav ol { columns: 1; }
}
@media print {
  :root { color-scheme: light; }
  body { background: #fff; color: #111; }
  main { max-width: none; padding: 0; }
  h1 { color: #111; }
  .firm, .question, section, figure { break-inside: avoid; }
  .note, .muted, figcaption, th, .firm .who, dd { color: #444; }
  .question, .firm { background: #fff; }
  tbody tr:nth-child(odd) { background: #f3f3f3; }
  nav { display: none; }
}
)css";
}

} // namespace hr::debrief::report
