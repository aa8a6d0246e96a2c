# Latency by query class and corpus size (p50 bars, p99 as the thin bar on top), one
# panel per corpus size. Called by `ofsearch-bench plot`, which sets datafile, outfile,
# runs (number of corpus sizes) and titles (their sizes, space-separated).
set terminal pngcairo size 1400, 420 * runs font "sans,10" noenhanced
set output outfile
set multiplot layout runs, 1
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set logscale y
set yrange [0.01:*]
set ylabel "ms (log scale)"
set grid ytics
set key top left horizontal
set xtics rotate by -20
do for [i=0:runs-1] {
  set title sprintf("%s paragraphs: p50 (solid) and p99 (light) per query class, warm cache", word(titles, i+1))
  plot datafile index i using 5:xtic(1) title "ofsearch p99" lc rgb "#a6c8ff", \
       '' index i using 6 title "raw Xapian p99" lc rgb "#b9e6b0", \
       '' index i using 7 title "SQLite FTS5 p99" lc rgb "#ffc2a6", \
       newhistogram at 0, \
       '' index i using 2 title "ofsearch p50" lc rgb "#1f5fbf", \
       '' index i using 3 title "raw Xapian p50" lc rgb "#2e8b2e", \
       '' index i using 4 title "SQLite FTS5 p50" lc rgb "#d2541e"
}
unset multiplot
