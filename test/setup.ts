// Every test file runs with a clean CI context: the variables of the runner this suite itself
// may run on must not leak into what the code under test reads.
for (const name of Object.keys(process.env)) {
  if (/^(GITHUB_|INPUT_|RUNNER_|CI_|GITLAB_)/.test(name)) delete process.env[name];
}
