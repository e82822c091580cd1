/*
 * Keeps the session of a page on which people write at length (an answer, feedback) while they work on it:
 * a session ends after an hour without a request, and a long answer typed in that hour would be lost when
 * sent. Every five minutes in which the person typed, clicked or scrolled, one small request (KeepAlive).
 * A page left open and untouched lets the session end as any other.
 */
(function () {
    'use strict';

    function start() {
        var marker = document.querySelector('[data-keep-alive]');
        if (!marker || window.qadamKeepAlive) {
            return;
        }
        window.qadamKeepAlive = true;
        var active = false;
        ['keydown', 'input', 'mousedown', 'scroll', 'touchstart'].forEach(function (event) {
            document.addEventListener(event, function () { active = true; }, {capture: true, passive: true});
        });
        window.setInterval(function () {
            if (active) {
                active = false;
                window.fetch(marker.getAttribute('data-keep-alive'), {method: 'POST', credentials: 'same-origin', cache: 'no-store'});
            }
        }, 5 * 60 * 1000);
    }

    // in the page's head: the marker comes later in the page
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
