// The query page: YASGUI on the dataset's endpoint, with the queries of queries/ as examples.
(function () {
  'use strict';
  const endpoint = location.origin + '/newskg/sparql';
  document.getElementById('endpoint').textContent = endpoint;
  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    populateFromUrl: true,
    persistenceId: null,          // a fresh page each time: examples and links decide what is shown
    yasqe: { resizeable: true, editorHeight: '320px' },
  });
  window.newskgYasgui = yasgui;

  function load(file, description) {
    fetch('/queries/' + encodeURIComponent(file)).then(r => r.text()).then(text => {
      const tab = yasgui.getTab();
      tab.setQuery(text);
      if (tab.setName) { tab.setName(file.replace(/\.rq$/, '')); }
      // the wikidata-* examples call a remote service: load them, let the user run them
      if (!file.startsWith('wikidata-')) { tab.getYasqe().query(); }
    });
  }

  fetch('/queries/index.json').then(r => r.json()).then(list => {
    const ul = document.getElementById('example-list');
    for (const q of list) {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = q.file;
      const desc = document.createElement('span');
      desc.className = 'desc';
      desc.textContent = q.description;
      li.append(code, desc);
      li.title = 'Load ' + q.file;
      li.addEventListener('click', () => load(q.file, q.description));
      ul.append(li);
    }
    // an empty editor gets the first contract query, so a new visitor sees something runnable
    const tab = yasgui.getTab();
    if (!location.hash.includes('query=') && list.some(q => q.file === 'persons.rq')) {
      load('persons.rq');
    }
  });
})();
