# Latency by query class and corpus size: for each class, one bar per engine, the
# light bar its p99 and the solid bar in front its p50 (warm cache, log scale); one
# panel per corpus size. Called by `ofsearch-bench plot`, which sets datafile,
# outfile, runs (number of corpus sizes) and titles (their sizes, space-separated).
set terminal pngcairo size 1400, 400 * runs font "sans,10" noenhanced
set output outfile
set multiplot layout runs, 1
set style fill solid 1.0 border -1
set boxwidth 0.26
set logscale y
set yrange [0.05:*]
set xrange [-0.6:8.6]
set ylabel "ms (log scale)"
set grid ytics
set key outside right top vertical
set xtics rotate by -20 nomirror
w = 0.27
do for [i=0:runs-1] {
  set title sprintf("%s paragraphs: p50 (solid) and p99 (light) per query class, warm cache", word(titles, i+1))
  plot datafile index i using ($0 - w):5:xtic(1) with boxes lc rgb "#a6c8ff" title "ofsearch p99", \
       '' index i using ($0):6 with boxes lc rgb "#b9e6b0" title "raw Xapian p99", \
       '' index i using ($0 + w):7 with boxes lc rgb "#ffc2a6" title "SQLite FTS5 p99", \
       '' index i using ($0 - w):2 with boxes lc rgb "#1f5fbf" title "ofsearch p50", \
       '' index i using ($0):3 with boxes lc rgb "#2e8b2e" title "raw Xapian p50", \
       '' index i using ($0 + w):4 with boxes lc rgb "#d2541e" title "SQLite FTS5 p50"
}
unset multiplot
