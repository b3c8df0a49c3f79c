//! Writes `--heap-timeline` files: CSV (one header row, a row per point) or an
//! SVG chart drawn with plotters — time and size axes with units, one live-heap
//! curve per run, markers for collections, frees and expiries, and the heap
//! limit as a line when there is one.

use crate::heap::timeline::{Event, Point};
use plotters::prelude::*;
use std::fmt::Write as _;
use std::path::Path;

/// The most points written per curve; longer runs are downsampled.
pub const MAX_POINTS: usize = 2000;

/// One run's curve.
pub struct Series {
    pub label: String,
    pub points: Vec<Point>,
}

/// The formats `--heap-timeline` writes, by file extension.
pub fn supported(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("csv" | "svg")
    )
}

/// How the time axis is named: the program's clock.
pub fn clock_name(is_virtual: bool) -> &'static str {
    if is_virtual {
        "virtual clock"
    } else {
        "wall clock"
    }
}

/// Checks before a run that `path` can be written, so a typo in the folder is
/// reported at once rather than after the program has run.
pub fn check_writable(path: &Path) -> Result<(), String> {
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map(|_| ())
        .map_err(|e| format!("cannot write the heap timeline `{}`: {e}", path.display()))
}

/// Writes `series` to `path` as CSV or SVG, by its extension; `clock` names
/// the clock of the points' times.
pub fn write(
    path: &Path,
    series: &[Series],
    limit: Option<u64>,
    clock: &str,
) -> Result<(), String> {
    let result = match path.extension().and_then(|e| e.to_str()) {
        Some("csv") => std::fs::write(path, csv(series)).map_err(|e| e.to_string()),
        Some("svg") => svg(path, series, limit, clock),
        _ => Err("the file name must end in .csv or .svg".into()),
    };
    result.map_err(|e| format!("cannot write the heap timeline `{}`: {e}", path.display()))
}

fn csv(series: &[Series]) -> String {
    let mut out = String::from("run,time_s,live_bytes,event\n");
    for s in series {
        for p in &s.points {
            let _ = writeln!(
                out,
                "{},{:.6},{},{}",
                s.label,
                p.time,
                p.live_bytes,
                p.event.name()
            );
        }
    }
    out
}

const COLORS: [RGBColor; 4] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(148, 103, 189),
];

/// Decimals for the time axis of a run `end` seconds long: enough that
/// neighbouring ticks (about a tenth of the run apart) never print alike.
fn time_decimals(end: f64) -> usize {
    (-(end / 10.0).log10()).ceil().clamp(0.0, 9.0) as usize
}

fn svg(path: &Path, series: &[Series], limit: Option<u64>, clock: &str) -> Result<(), String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let end = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.time))
        .fold(0.0f64, f64::max)
        .max(1e-3);
    let peak = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.live_bytes))
        .max()
        .unwrap_or(0)
        .max(limit.unwrap_or(0))
        .max(1);
    let (unit, unit_name) = if peak >= 4 << 20 {
        (1048576.0, "MiB")
    } else {
        (1024.0, "KiB")
    };
    let top = peak as f64 / unit * 1.1;
    let decimals = time_decimals(end);

    let root = SVGBackend::new(path, (960, 540)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let mut chart = ChartBuilder::on(&root)
        .caption("live heap over time", ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(44)
        .y_label_area_size(72)
        .build_cartesian_2d(0.0..end, 0.0..top)
        .map_err(|e| err(&e))?;
    chart
        .configure_mesh()
        .x_desc(format!("time (s, {clock})"))
        .y_desc(format!("live heap ({unit_name})"))
        .x_label_formatter(&|t| format!("{t:.decimals$}"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .draw()
        .map_err(|e| err(&e))?;

    for (i, s) in series.iter().enumerate() {
        let color = COLORS[i % COLORS.len()];
        let xy = |p: &Point| (p.time, p.live_bytes as f64 / unit);
        chart
            .draw_series(LineSeries::new(
                s.points.iter().map(xy),
                color.stroke_width(2),
            ))
            .map_err(|e| err(&e))?
            .label(s.label.clone())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 18, y)], color.stroke_width(2))
            });
        let marked = |event: Event| s.points.iter().filter(move |p| p.event == event).map(xy);
        chart
            .draw_series(marked(Event::Collection).map(|c| Circle::new(c, 3, color.filled())))
            .map_err(|e| err(&e))?;
        chart
            .draw_series(marked(Event::Free).map(|c| TriangleMarker::new(c, 4, color.filled())))
            .map_err(|e| err(&e))?;
        chart
            .draw_series(marked(Event::Expiry).map(|c| Cross::new(c, 4, color.stroke_width(2))))
            .map_err(|e| err(&e))?;
        chart
            .draw_series(marked(Event::OutOfMemory).map(|c| Cross::new(c, 7, RED.stroke_width(3))))
            .map_err(|e| err(&e))?;
    }
    if let Some(limit) = limit {
        let y = limit as f64 / unit;
        chart
            .draw_series(LineSeries::new(
                vec![(0.0, y), (end, y)],
                RED.stroke_width(1),
            ))
            .map_err(|e| err(&e))?
            .label(format!("heap limit ({})", crate::units::bytes(limit)))
            .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], RED.stroke_width(1)));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(|e| err(&e))?;
    // Markers explained once, under the chart.
    root.draw(&Text::new(
        "● collection   ▲ free   ✕ expiry   red ✕ out of memory (the size asked for)",
        (90, 520),
        ("sans-serif", 14),
    ))
    .map_err(|e| err(&e))?;
    root.present().map_err(|e| err(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::time_decimals;

    #[test]
    fn tick_labels_of_short_and_long_runs_differ() {
        for end in [0.0017, 0.003, 0.027, 0.4, 1.5, 12.0, 300.0] {
            let d = time_decimals(end);
            let labels: Vec<String> = (0..=10)
                .map(|i| format!("{:.d$}", end * i as f64 / 10.0))
                .collect();
            let mut unique = labels.clone();
            unique.dedup();
            assert_eq!(labels, unique, "end {end}");
        }
    }
}
