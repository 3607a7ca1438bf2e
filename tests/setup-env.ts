// Whatever a test starts (a child process inherits this environment), the default Netflix Top 10 download is off:
// tests never reach the internet. A test that wants a refresh points NETFLIX_TOP10_URL at a server on 127.0.0.1.
process.env.NETFLIX_TOP10_URL ??= 'off';
process.env.NETFLIX_ENGAGEMENT_URLS ??= '';
