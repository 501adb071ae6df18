// Recipe: React 19. React 19 passes object props to custom elements as properties and `on<event>`
// props as event listeners, so Etalase elements need no wrapper.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'etalase'; // registers every element

function Catalogue() {
  const [lastFilter, setLastFilter] = useState('');
  return (
    <main>
      <h1>Local products</h1>
      <p aria-live="polite" id="last-filter">
        {lastFilter}
      </p>
      <etalase-showcase
        src="../../demo/data/produk-unggulan.json"
        lang="en"
        onetalase-filter-change={(event) => setLastFilter(JSON.stringify(event.filter))}
      />
    </main>
  );
}

createRoot(document.getElementById('root')).render(<Catalogue />);
