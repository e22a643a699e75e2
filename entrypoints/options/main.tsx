import { createRoot } from 'react-dom/client';
import { Options } from './Options';
import '../../components/panel.css';

createRoot(document.getElementById('root')!).render(<Options />);
