/*
 * The actions on the rows of a cohort's roster (cohort.xhtml): one listener for the whole page instead of a
 * PrimeFaces button, with its widget and script, on every row. A button says its action and its enrolment;
 * the action's remote command sends the enrolment's id, and the server reads the row again for it.
 */
(function () {
    'use strict';
    if (window.qadamRosterListening) {
        return;
    }
    window.qadamRosterListening = true;
    var commands = {
        withdraw: 'qadamRosterWithdraw',
        reinstate: 'qadamRosterReinstate',
        issue: 'qadamRosterIssue',
        team: 'qadamRosterTeam'
    };
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button[data-roster-action]') : null;
        if (!button) {
            return;
        }
        var command = window[commands[button.getAttribute('data-roster-action')]];
        if (typeof command === 'function') {
            event.preventDefault();
            command([{name: 'enrolment', value: button.getAttribute('data-enrolment')}]);
        }
    });
}());
