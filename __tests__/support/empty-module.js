// Stand-in for the "server-only" marker package in Jest.
module.exports = {};
