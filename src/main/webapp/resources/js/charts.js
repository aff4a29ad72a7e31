/*
 * The analytics charts (PRODUCT P3, P4), drawn with Chart.js (the copy PrimeFaces ships) from the API, never from the
 * page: a canvas names its data source in data-source. Performance charts (data-chart="performance") draw P&L bars
 * per bucket, the cumulative P&L and the drawdown; the period buttons and bucket menu beside them (data-for the
 * canvas id) fetch the chart again without reloading the page. Equity charts (data-chart="equity") draw a provider's
 * cumulative pnlPercent. Community charts: data-chart="growth" draws the members of the overview's last 90 days,
 * data-chart="community" the P&L bars and trades of a community analytics report. What a chart shows is kept in window.dteCharts.shown[canvasId], as the API answered it.
 */
(function () {
    'use strict';
    var GAIN = '#1b7f3b';
    var LOSS = '#b3261e';
    var LINE = '#2f5fa7';
    var DRAWDOWN = '#b58100';
    var drawn = {};
    var shown = {};

    function number(value) {
        return value === null || value === undefined ? null : Number(value);
    }

    function day(instant) {
        return String(instant).substring(0, 10);
    }

    function problem(canvas, text) {
        var note = document.getElementById(canvas.id + 'Problem');
        if (note) {
            note.textContent = text || '';
        }
    }

    function draw(canvas, config) {
        if (drawn[canvas.id]) {
            drawn[canvas.id].destroy();
        }
        drawn[canvas.id] = new window.Chart(canvas, config);
    }

    function load(canvas, url, render) {
        canvas.setAttribute('data-state', 'loading');
        return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                return response.json().then(function (body) {
                    if (!response.ok) {
                        throw new Error(body.message || ('HTTP ' + response.status));
                    }
                    return body;
                });
            })
            .then(function (body) {
                shown[canvas.id] = body;
                render(canvas, body);
                problem(canvas, '');
                canvas.setAttribute('data-state', 'shown');
            })
            .catch(function (error) {
                problem(canvas, 'The chart could not be loaded: ' + error.message);
                canvas.setAttribute('data-state', 'failed');
            });
    }

    function performance(canvas, body) {
        var points = body.points;
        draw(canvas, {
            data: {
                labels: points.map(function (p) { return day(p.start); }),
                datasets: [
                    {type: 'bar', label: 'P&L', yAxisID: 'money', order: 2,
                        data: points.map(function (p) { return number(p.pnl); }),
                        backgroundColor: points.map(function (p) { return number(p.pnl) < 0 ? LOSS : GAIN; })},
                    {type: 'line', label: 'Cumulative P&L', yAxisID: 'money', order: 1, borderColor: LINE, pointRadius: 0,
                        data: points.map(function (p) { return number(p.cumulativePnl); })},
                    {type: 'line', label: 'Drawdown %', yAxisID: 'percent', order: 0, borderColor: DRAWDOWN, borderDash: [4, 3], pointRadius: 0,
                        data: points.map(function (p) { return p.drawdownPercent === null ? null : -number(p.drawdownPercent); })}
                ]
            },
            options: {
                animation: false, responsive: true, maintainAspectRatio: false, interaction: {mode: 'index', intersect: false},
                scales: {
                    money: {type: 'linear', position: 'left', title: {display: true, text: 'USD'}},
                    percent: {type: 'linear', position: 'right', max: 0, grid: {drawOnChartArea: false}, title: {display: true, text: 'Drawdown %'}}
                }
            }
        });
    }

    function equity(canvas, points) {
        draw(canvas, {
            type: 'line',
            data: {
                labels: points.map(function (p) { return p.day; }),
                datasets: [{label: 'Cumulative return %', borderColor: LINE, pointRadius: 0, fill: false,
                    data: points.map(function (p) { return number(p.cumulativePercent); })}]
            },
            options: {animation: false, responsive: true, maintainAspectRatio: false, scales: {y: {title: {display: true, text: '%'}}}}
        });
    }

    function growth(canvas, overview) {
        draw(canvas, {
            type: 'line',
            data: {
                labels: overview.growth.map(function (p) { return p.day; }),
                datasets: [{label: 'Members', borderColor: LINE, pointRadius: 0, fill: false, stepped: true,
                    data: overview.growth.map(function (p) { return p.members; })}]
            },
            options: {animation: false, responsive: true, maintainAspectRatio: false, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
        });
    }

    function community(canvas, report) {
        var buckets = report.buckets;
        draw(canvas, {
            data: {
                labels: buckets.map(function (b) { return b.start; }),
                datasets: [
                    {type: 'bar', label: 'P&L', yAxisID: 'money', order: 2,
                        data: buckets.map(function (b) { return number(b.figures.pnl); }),
                        backgroundColor: buckets.map(function (b) { return number(b.figures.pnl) < 0 ? LOSS : GAIN; })},
                    {type: 'line', label: 'Trades', yAxisID: 'count', order: 1, borderColor: LINE, pointRadius: 0,
                        data: buckets.map(function (b) { return b.figures.trades; })},
                    {type: 'line', label: 'Signals', yAxisID: 'count', order: 0, borderColor: DRAWDOWN, borderDash: [4, 3], pointRadius: 0,
                        data: buckets.map(function (b) { return b.figures.signals; })}
                ]
            },
            options: {
                animation: false, responsive: true, maintainAspectRatio: false, interaction: {mode: 'index', intersect: false},
                scales: {
                    money: {type: 'linear', position: 'left', title: {display: true, text: 'USD'}},
                    count: {type: 'linear', position: 'right', beginAtZero: true, grid: {drawOnChartArea: false}, title: {display: true, text: 'count'}}
                }
            }
        });
    }

    /** Fetches the performance chart for the period and bucket now chosen beside it. */
    function refreshPerformance(canvas) {
        var period = canvas.getAttribute('data-period') || '30d';
        var bucket = canvas.getAttribute('data-bucket') || 'day';
        document.querySelectorAll('[data-for="' + canvas.id + '"] [data-period]').forEach(function (button) {
            button.classList.toggle('chosen', button.getAttribute('data-period') === period);
            button.setAttribute('aria-pressed', button.getAttribute('data-period') === period ? 'true' : 'false');
        });
        var source = canvas.getAttribute('data-source');
        return load(canvas, source + '?period=' + encodeURIComponent(period) + '&bucket=' + encodeURIComponent(bucket), performance);
    }

    function wire(canvas) {
        var controls = document.querySelector('[data-for="' + canvas.id + '"]');
        if (controls) {
            controls.querySelectorAll('[data-period]').forEach(function (button) {
                button.addEventListener('click', function () {
                    canvas.setAttribute('data-period', button.getAttribute('data-period'));
                    refreshPerformance(canvas);
                });
            });
            var bucket = controls.querySelector('select[data-bucket]');
            if (bucket) {
                bucket.addEventListener('change', function () {
                    canvas.setAttribute('data-bucket', bucket.value);
                    refreshPerformance(canvas);
                });
            }
        }
        refreshPerformance(canvas);
    }

    function start() {
        if (!window.Chart) {
            return;
        }
        document.querySelectorAll('canvas[data-chart="performance"]').forEach(wire);
        document.querySelectorAll('canvas[data-chart="equity"]').forEach(function (canvas) {
            load(canvas, canvas.getAttribute('data-source'), equity);
        });
        document.querySelectorAll('canvas[data-chart="growth"]').forEach(function (canvas) {
            load(canvas, canvas.getAttribute('data-source'), growth);
        });
        document.querySelectorAll('canvas[data-chart="community"]').forEach(function (canvas) {
            load(canvas, canvas.getAttribute('data-source'), community);
        });
    }

    window.dteCharts = {shown: shown};
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
