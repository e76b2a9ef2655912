import type { FastifyInstance } from 'fastify';
import { home } from '../../shared/api/home';
import { route } from '../common/http';
import type { HomeService } from './service';

export function homeRoutes(app: FastifyInstance, service: HomeService): void {
  route(app, { method: 'GET', url: '/api/home', summary: 'What to do next, per role', tag: 'home', auth: 'user', response: home }, ({ actor }) =>
    service.home(actor),
  );
}
