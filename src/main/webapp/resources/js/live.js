/*
 * Live updates for the dashboard pages (PRODUCT R4; protocol in docs/WEBSOCKET.md). One WebSocket to /ws, opened
 * with the page's signed-in session. It reconnects with exponential backoff and jitter, subscribes again and asks the
 * page to re-read its data after every (re)connect, shows its state in #liveIndicator, shows a toast for fills,
 * failures and risk rejections, and re-renders the page's live parts through the page's remote command
 * `dteRefresh` (if it has one), moves the portfolio's figures, marks and P&L and the watchlist's prices
 * (#watchlistSymbols) in place and fills a host's activity feed
 * (#activityFeed). Toasts are the server's `notification` messages: the fills, failures and risk rejections the trader
 * asked to hear of. Without WebSocket, or after three failed attempts in a row, it polls instead. When a reconnect
 * meets another server instance than before (a restart), the page's forms belong to the old instance's memory, so the
 * page loads itself again (the sign-in survives: it is remembered in the database). When the server ends the
 * connection because the user's access changed (1008: signed out, membership suspended), it says why and loads the page again.
 */
(function () {
    'use strict';
    var BACKOFF_FIRST_MS = 500;
    var BACKOFF_MAX_MS = 30000;
    var POLL_MS = 10000;
    var PING_MS = 25000;
    var socket = null;
    var failures = 0;
    var pollTimer = null;
    var pingTimer = null;
    var instance = null;

    function indicate(state, why) {
        var el = document.getElementById('liveIndicator');
        if (!el) {
            return;
        }
        el.setAttribute('data-state', state);
        el.className = 'live-indicator live-' + state;
        el.title = {up: 'Live', connecting: 'Connecting…', down: 'Offline: reconnecting', polling: 'Live updates unavailable: refreshing every 10 s'}[state]
            + (why ? ' (' + why + ')' : '');
    }

    var refreshTimer = null;

    /** Re-renders the page's live parts once for a burst of messages (a fill brings four or five at once). */
    function refresh() {
        if (refreshTimer || typeof window.dteRefresh !== 'function') {
            return;
        }
        refreshTimer = window.setTimeout(function () {
            refreshTimer = null;
            window.dteRefresh();
        }, 300);
    }

    /** One more unread notification: the menu's "Notifications (n)" follows without a reload. */
    function countUnread() {
        document.querySelectorAll('[id$="notificationsMenu"] .ui-menuitem-text').forEach(function (label) {
            var match = /\((\d+)\)/.exec(label.textContent);
            label.textContent = 'Notifications (' + ((match ? parseInt(match[1], 10) : 0) + 1) + ')';
        });
    }

    function toast(severity, summary, detail) {
        var growl = window.PF && PF('liveToasts');
        if (growl) {
            growl.renderMessage({summary: summary, detail: detail || '', severity: severity});
        }
    }

    var RELOAD_AT_MOST_EVERY_MS = 60000;

    /**
     * The server closed the connection because what this user may do changed (signed out elsewhere, membership
     * suspended or ended): say why, then load the page again, which the server renders for what the user may do now
     * (a banner with the reason, no buttons that would be refused). At most once a minute, so that a page the server
     * keeps refusing does not reload itself in a loop.
     */
    function accessChanged(why) {
        toast('warn', 'Live updates stopped', why);
        var last = Number(window.sessionStorage.getItem('dteAccessReloadAt') || 0);
        if (Date.now() - last > RELOAD_AT_MOST_EVERY_MS) {
            window.sessionStorage.setItem('dteAccessReloadAt', String(Date.now()));
            window.setTimeout(function () { window.location.reload(); }, 2500);
        }
    }

    var FEED_LENGTH = 50;

    /** A host's community page: the newest activity on top, the last 50 kept. */
    function addToFeed(message) {
        var feed = document.getElementById('activityFeed');
        var data = message.data || {};
        if (!feed) {
            return;
        }
        var text = message.type === 'signal.received'
            ? 'Signal received: ' + data.kind.toLowerCase() + ' ' + data.symbol
            : message.type === 'member.joined'
            ? 'Member joined: ' + data.username + ' (' + String(data.role).toLowerCase() + ')'
            : message.type.replace('trade.', '') + ': ' + (data.username || '') + ' ' + (data.side || '').toLowerCase() + ' ' + (data.quantity || '') + ' ' + (data.symbol || '')
              + (data.reason && message.type !== 'trade.filled' ? ' (' + data.reason + ')' : '');
        var item = document.createElement('li');
        var time = document.createElement('span');
        time.className = 'muted';
        time.textContent = new Date(message.ts).toLocaleTimeString() + ' ';
        item.appendChild(time);
        item.appendChild(document.createTextNode(text));
        feed.insertBefore(item, feed.firstChild);
        while (feed.children.length > FEED_LENGTH) {
            feed.removeChild(feed.lastChild);
        }
    }

    function handle(message) {
        var data = message.data || {};
        if (message.type === 'signal.received' || message.type === 'member.joined' || message.type.indexOf('trade.') === 0) {
            addToFeed(message);
        }
        switch (message.type) {
            case 'welcome':
                if (instance && data.instance && data.instance !== instance) {
                    window.location.reload();
                }
                instance = data.instance || instance;
                break;
            case 'trade.filled':
            case 'trade.failed':
            case 'trade.rejected':
            case 'trade.submitted':
            case 'position.opened':
            case 'position.closed':
                refresh();
                break;
            case 'portfolio.updated':
                showPortfolio(data);
                break;
            case 'notification':
                toast(data.severity || 'info', data.summary || 'Notice', data.detail); // only those the trader asked for
                countUnread();
                break;
            case 'quote':
                showQuote(data);
                break;
            case 'server.shutdown':
                indicate('down', 'server restarting');
                break;
            default:
                break;
        }
    }

    var MONEY = new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD'});

    function showMoney(cell, amount) {
        if (cell && amount !== undefined && amount !== null) {
            cell.textContent = MONEY.format(amount);
            cell.classList.toggle('loss', amount < 0);
            cell.classList.toggle('gain', amount >= 0);
        }
    }

    /**
     * Moves the account's figures and each open position's mark and unrealised P&L in place (they follow the quotes);
     * when positions were opened or closed the page's live parts are rendered again instead.
     */
    function showPortfolio(snapshot) {
        var positions = snapshot.positions || [];
        var shown = Array.prototype.map.call(document.querySelectorAll('[data-position][data-field="markPrice"]'),
            function (cell) { return cell.getAttribute('data-position'); });
        var same = shown.length === positions.length && positions.every(function (p) { return shown.indexOf(p.id) >= 0; });
        if (!same) {
            refresh();
            return;
        }
        var account = snapshot.account || {};
        ['equity', 'cash', 'buyingPower'].forEach(function (field) {
            var cell = document.querySelector('[data-portfolio="' + field + '"]');
            if (cell && account[field] !== undefined && account[field] !== null) {
                cell.textContent = MONEY.format(account[field]);
            }
        });
        showMoney(document.querySelector('[data-portfolio="dailyPnl"]'), account.dailyPnl);
        positions.forEach(function (position) {
            var mark = document.querySelector('[data-position="' + position.id + '"][data-field="markPrice"]');
            if (mark) {
                mark.textContent = position.markPrice !== null && position.markPrice !== undefined ? String(position.markPrice) : 'no quote';
            }
            showMoney(document.querySelector('[data-position="' + position.id + '"][data-field="unrealisedPnl"]'), position.unrealisedPnl);
        });
    }

    /** Moves the watchlist's prices in place. */
    function showQuote(quote) {
        ['bid', 'ask'].forEach(function (field) {
            document.querySelectorAll('[data-quote="' + quote.symbol + '"][data-field="' + field + '"]').forEach(function (cell) {
                if (quote[field] !== undefined && quote[field] !== null) {
                    cell.textContent = quote[field];
                }
            });
        });
    }

    /** Subscribes to the quotes of the symbols the page watches (#watchlistSymbols), or none. */
    function watch() {
        var holder = document.getElementById('watchlistSymbols');
        var symbols = holder && holder.getAttribute('data-symbols') ? holder.getAttribute('data-symbols').split(',') : [];
        if (symbols.length > 0) {
            send({type: 'subscribe', topic: 'quotes', symbols: symbols});
        } else {
            send({type: 'unsubscribe', topic: 'quotes'});
        }
    }

    window.dteLive = {watch: watch};

    function send(message) {
        if (socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify(message));
        }
    }

    function startPolling() {
        if (!pollTimer) {
            pollTimer = window.setInterval(refresh, POLL_MS);
        }
        indicate('polling');
    }

    function stopPolling() {
        if (pollTimer) {
            window.clearInterval(pollTimer);
            pollTimer = null;
        }
    }

    function reconnectLater() {
        failures++;
        if (failures >= 3) {
            startPolling();
        }
        var ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * Math.pow(2, failures));
        window.setTimeout(connect, ceiling / 2 + Math.random() * ceiling / 2);
    }

    function connect() {
        if (!('WebSocket' in window)) {
            startPolling();
            return;
        }
        if (!pollTimer) {
            indicate('connecting');
        }
        socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
        socket.onopen = function () {
            failures = 0;
            stopPolling();
            indicate('up');
            ['trades', 'portfolio', 'notifications'].forEach(function (topic) {
                send({type: 'subscribe', topic: topic});
            });
            watch();
            if (document.getElementById('activityFeed')) {
                send({type: 'subscribe', topic: 'community'});
            }
            refresh(); // whatever happened while we were away
            window.clearInterval(pingTimer);
            pingTimer = window.setInterval(function () { send({type: 'ping'}); }, PING_MS);
        };
        socket.onmessage = function (event) {
            try {
                handle(JSON.parse(event.data));
            } catch (e) {
                // A message this page does not understand changes nothing.
            }
        };
        socket.onclose = function (event) {
            window.clearInterval(pingTimer);
            if (event.code === 1008) {
                indicate('down', event.reason); // not signed in (any more), or suspended: reconnecting would not help
                accessChanged(event.reason);
                return;
            }
            if (!pollTimer) {
                indicate('down');
            }
            reconnectLater();
        };
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', connect);
    } else {
        connect();
    }
})();
