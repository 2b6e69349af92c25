// Pronto Studio's only script: the pages work without it. It notices when the knowledge folder
// changed (reloading pages that only show it, offering a reload where something is being
// typed) and moves the focus to what a form just added, for keyboard and screen-reader users.
(() => {
  const body = document.body;
  const statusUrl = body.dataset.statusUrl;
  const notice = document.getElementById('notice');
  let version = body.dataset.knowledgeVersion;
  let typed = false;

  document.addEventListener('input', (event) => {
    if (event.target instanceof HTMLElement && event.target.closest('form')) typed = true;
  });

  function offerReload() {
    if (!notice || notice.querySelector('[data-reload]')) return;
    const box = document.createElement('p');
    box.className = 'banner';
    box.append('The knowledge folder changed. ');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.reload = '';
    button.textContent = 'Show the new version';
    button.addEventListener('click', () => location.reload());
    box.append(button);
    notice.append(box);
  }

  async function checkKnowledge() {
    try {
      const response = await fetch(statusUrl, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) return;
      const status = await response.json();
      if (String(status.knowledgeVersion) === version) return;
      version = String(status.knowledgeVersion);
      if (body.dataset.autoReload === 'true' && !typed) location.reload();
      else offerReload();
    } catch {
      // The Studio is restarting or the network is down: try again on the next tick.
    }
  }

  if (statusUrl) setInterval(checkKnowledge, 2000);

  // After a form added something (a message, a reply), the page opens at it: focus it, so a
  // keyboard or screen-reader user continues from there.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target) {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }
})();
